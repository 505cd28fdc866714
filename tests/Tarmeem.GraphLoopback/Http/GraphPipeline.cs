using Tarmeem.GraphLoopback.Diagnostics;
using Tarmeem.GraphLoopback.Faults;

namespace Tarmeem.GraphLoopback.Http;

/// <summary>Everything after authentication, for socket requests and <c>$batch</c> items alike: faults, routing, the log.</summary>
internal sealed class GraphPipeline(ServerContext context, FaultInjector faults, RequestLog log)
{
    private const int MaxLoggedBody = 64 * 1024;

    private readonly List<IGraphRoutes> _routes = [];

    public void Add(IGraphRoutes routes) => _routes.Add(routes);

    public GraphResponse Handle(GraphRequest request)
    {
        var query = request.Target.IndexOf('?', StringComparison.Ordinal) is var q and >= 0
            ? "?" + Uri.UnescapeDataString(request.Target[(q + 1)..])
            : string.Empty;
        var fault = faults.TryTake(request.Method, request.Path + query);
        GraphResponse response;
        if (fault is null)
        {
            response = Route(request);
        }
        else
        {
            if (fault.Moment == FaultMoment.AfterWork)
            {
                Route(request);
            }

            response = Fault(request, fault);
        }

        Record(request, response.Status);
        return response;
    }

    /// <summary>Logs a request answered before the pipeline (a 401).</summary>
    public void Record(GraphRequest request, int status) =>
        log.Add(new RequestLogEntry(request.Method, request.Target, request.Path, status, context.Now, request.InBatch, JsonText(request)));

    private static string? JsonText(GraphRequest request) =>
        request.Body.Length is > 0 and <= MaxLoggedBody
        && (request.Header("Content-Type")?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false)
            ? System.Text.Encoding.UTF8.GetString(request.Body.Span)
            : null;

    private GraphResponse Route(GraphRequest request)
    {
        foreach (var routes in _routes)
        {
            if (routes.TryHandle(request) is { } response)
            {
                return response;
            }
        }

        return GraphErrors.NoRoute(request, context.Now);
    }

    private GraphResponse Fault(GraphRequest request, GraphFault fault)
    {
        // The pipeline is synchronous (batch items go through it too); a held request keeps its Kestrel thread.
        fault.HeldUntil?.GetAwaiter().GetResult();
        if (fault.DropsConnection)
        {
            return GraphResponse.Dropped(fault.Status);
        }

        var response = GraphErrors.Create(fault.Status, fault.Code, fault.Message, request, context.Now);
        if (fault.RetryAfter is not null)
        {
            response.Headers["Retry-After"] = fault.RetryAfter;
        }

        return response;
    }
}
