using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Tarmeem.Host.Graph;
using Tarmeem.Surveys.Outbox;

namespace Tarmeem.Host.Surveys;

/// <summary>
/// Turns what the Graph SDK throws into <see cref="SurveyMailboxException"/>: throttling, 5xx, a conflict (409),
/// network failures, timeouts and an unknown outcome are transient (the call may have taken effect, or will succeed
/// later), other 4xx are refusals.
/// </summary>
internal static class GraphMailboxErrors
{
    public static async Task<T> CallAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (ODataError error)
        {
            throw Translate(what, error.ResponseStatusCode, $"{error.Error?.Code} {error.Error?.Message}", error);
        }
        catch (ApiException error)
        {
            throw Translate(what, error.ResponseStatusCode, error.Message, error);
        }
        catch (GraphOutcomeUnknownException error)
        {
            throw new SurveyMailboxException($"Graph gave no clear answer while {what}: {error.Message}", error) { Status = error.Status, Transient = true };
        }
        catch (HttpRequestException error)
        {
            throw new SurveyMailboxException($"Could not reach Graph while {what}: {error.Message}", error) { Transient = true };
        }
        catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SurveyMailboxException($"Graph did not answer in time while {what}.", error) { Transient = true };
        }
        catch (Exception error) when (SignInFailure.Find(error) is { } failure)
        {
            throw new SurveyMailboxException($"{SignInFailure.Describe(failure)} (while {what})", error) { Status = 401 };
        }
    }

    private static SurveyMailboxException Translate(string what, int status, string detail, Exception error) => new(
        $"Graph answered {status} while {what}: {detail}", error)
    {
        Status = status,
        Transient = status >= 500 || RetryAfterHandler.IsTransient((System.Net.HttpStatusCode)status) || status is 0 or 409,
    };
}
