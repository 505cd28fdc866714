namespace Tarmeem.GraphLoopback.Http;

/// <summary>One feature's routes; null means "not mine".</summary>
internal interface IGraphRoutes
{
    GraphResponse? TryHandle(GraphRequest request);
}
