namespace Tarmeem.GraphLoopback.Faults;

/// <summary>An error answer the server gives instead of the real one.</summary>
/// <param name="Status">HTTP status, e.g. 429, 503, 504.</param>
/// <param name="Code">Graph error code for the body.</param>
/// <param name="Message">Graph error message for the body.</param>
/// <param name="RetryAfter">Raw <c>Retry-After</c> value ("1", "2.128"), or null to send none.</param>
public sealed record GraphFault(int Status, string Code, string Message, string? RetryAfter)
{
    /// <summary>Whether the request is carried out before the fault answers.</summary>
    public FaultMoment Moment { get; init; } = FaultMoment.InsteadOfWork;

    /// <summary>When true the connection is reset instead of answering; <see cref="Status"/> is then only what the log records.</summary>
    public bool DropsConnection { get; init; }

    /// <summary>When set, the answer waits until this task ends (a request left hanging, e.g. until its caller is killed).</summary>
    public Task? HeldUntil { get; init; }

    public static GraphFault Throttled(string? retryAfter = "1") =>
        new(429, "TooManyRequests", "Too many requests. Please retry after the time in the Retry-After header.", retryAfter);

    public static GraphFault ServiceUnavailable(string? retryAfter = null) =>
        new(503, "serviceNotAvailable", "The service is temporarily unavailable.", retryAfter);

    public static GraphFault GatewayTimeout() =>
        new(504, "UnknownError", "The gateway timed out.", null);
}
