using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace Tarmeem.Host.Graph;

/// <summary>Turns what the SDK throws into our two exceptions, with a message a person can act on.</summary>
internal static class GraphErrorTranslator
{
    public static async Task<T> CallAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ODataError error) when (error.ResponseStatusCode == 410)
        {
            throw new DeltaLinkExpiredException($"Graph says the saved position of {what} has expired (410 {error.Error?.Code}).", error);
        }
        catch (ODataError error) when (RetryAfterHandler.IsTransient((System.Net.HttpStatusCode)error.ResponseStatusCode))
        {
            throw new GraphSourceException(
                $"Graph stayed {(error.ResponseStatusCode == 429 ? "throttled (429)" : $"unavailable ({error.ResponseStatusCode})")} for {what} after every retry (Tarmeem:Graph:MaxRetries); try again later.",
                error)
            { Status = error.ResponseStatusCode, Transient = true };
        }
        catch (ODataError error)
        {
            throw new GraphSourceException($"Graph answered {error.ResponseStatusCode} {error.Error?.Code} for {what}: {error.Error?.Message} {Hint(error.ResponseStatusCode)}", error)
            {
                Status = error.ResponseStatusCode,
            };
        }
        catch (ApiException error)
        {
            throw new GraphSourceException($"Graph answered {error.ResponseStatusCode} for {what}. {Hint(error.ResponseStatusCode)}", error) { Status = error.ResponseStatusCode };
        }
        catch (HttpRequestException error)
        {
            throw new GraphSourceException($"Could not reach Graph for {what}: {error.Message}. Check the network and Tarmeem:Graph:BaseUrl.", error) { Transient = true };
        }
        catch (Exception error) when (SignInFailure.Find(error) is { } failure)
        {
            throw new GraphSourceException($"{SignInFailure.Describe(failure)} (while reading {what})", error) { Status = 401 };
        }
    }

    private static string Hint(int status) => status switch
    {
        401 => "Sign-in failed: check Tarmeem:Graph:TenantId, ClientId and the certificate or secret.",
        403 => "The app lacks permission: grant Sites.Selected with a per-site grant for lists, Mail.Read limited to the mailbox for mail (see the README).",
        404 => "Not found: check the site, list or mailbox named in Tarmeem:Sources.",
        _ => string.Empty,
    };
}
