using Microsoft.Graph.Models.ODataErrors;

namespace Tarmeem.Host.Delivery;

/// <summary>Turns what the Graph SDK throws into one <see cref="DeliveryFailedException"/> naming the step.</summary>
internal static class GraphCall
{
    public static async Task<T> RunAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ODataError e)
        {
            throw new DeliveryFailedException($"{what}: Microsoft 365 answered {e.ResponseStatusCode} {e.Error?.Code}: {e.Error?.Message}", e);
        }
        catch (Exception e) when (Graph.SignInFailure.Find(e) is { } failure)
        {
            throw new DeliveryFailedException($"{what}: {Graph.SignInFailure.Describe(failure)}", e);
        }
        catch (AggregateException e)
        {
            // The SDK's retry handler gives up on throttling (429/503/504) with an AggregateException.
            throw new DeliveryFailedException($"{what}: Microsoft 365 kept refusing (throttled or unavailable); the next run tries again. {e.InnerException?.Message}", e);
        }
        catch (HttpRequestException e)
        {
            throw new DeliveryFailedException($"{what}: Microsoft 365 could not be reached or the connection broke ({e.Message}).", e);
        }
    }

    public static Task RunAsync(string what, Func<Task> call) =>
        RunAsync(what, async () =>
        {
            await call();
            return true;
        });
}
