using Tarmeem.GraphLoopback.Delta;

namespace Tarmeem.GraphLoopback.Http;

/// <summary>What every route needs: the clock, the settings, the link base and the token store.</summary>
/// <param name="Origin">Scheme, host and port, e.g. <c>http://127.0.0.1:5123</c>.</param>
/// <param name="Settings">Live settings.</param>
/// <param name="Tokens">Issued link tokens.</param>
/// <param name="Time">The server's clock.</param>
public sealed record ServerContext(string Origin, GraphLoopbackSettings Settings, DeltaTokenStore Tokens, TimeProvider Time)
{
    public string BaseUrl => Origin + "/v1.0";

    public DateTimeOffset Now => Time.GetUtcNow();
}
