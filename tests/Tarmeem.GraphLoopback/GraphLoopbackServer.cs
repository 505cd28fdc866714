using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tarmeem.GraphLoopback.Batch;
using Tarmeem.GraphLoopback.Delta;
using Tarmeem.GraphLoopback.Diagnostics;
using Tarmeem.GraphLoopback.Drive;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.GraphLoopback.Http;
using Tarmeem.GraphLoopback.Identity;
using Tarmeem.GraphLoopback.Mail;
using Tarmeem.GraphLoopback.SharePoint;

namespace Tarmeem.GraphLoopback;

/// <summary>
/// Microsoft Graph on <c>http://127.0.0.1:{port}/v1.0</c> for tests: real Kestrel, Graph's wire format, in-memory state
/// seeded through <see cref="SharePoint"/>, <see cref="Mail"/> and <see cref="Drive"/>, faults through <see cref="Faults"/>.
/// </summary>
public sealed class GraphLoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private GraphPipeline? _pipeline;
    private ServerContext? _context;

    private GraphLoopbackServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
        SharePoint = new SharePointStore(time);
        Mail = new MailStore(time, Faults.SlowOutbox);
        Drive = new DriveStore(time);
    }

    /// <summary>E.g. <c>http://127.0.0.1:5123/v1.0</c>: pass it as the GraphServiceClient's base URL.</summary>
    public string BaseUrl => Context.BaseUrl;

    /// <summary>E.g. <c>http://127.0.0.1:5123</c>.</summary>
    public string Origin => Context.Origin;

    public GraphLoopbackSettings Settings { get; } = new();

    public SharePointStore SharePoint { get; }

    public MailStore Mail { get; }

    public DriveStore Drive { get; }

    public FaultInjector Faults { get; } = new();

    public RequestLog Log { get; } = new();

    /// <summary>Issued next/delta link tokens; expire them here to get 410 Gone.</summary>
    public DeltaTokenStore DeltaTokens { get; } = new();

    private ServerContext Context => _context ?? throw new InvalidOperationException("The server has not started.");

    public static Task<GraphLoopbackServer> StartAsync(CancellationToken cancellationToken) =>
        StartAsync(TimeProvider.System, cancellationToken);

    public static async Task<GraphLoopbackServer> StartAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new GraphLoopbackServer(app, time);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no bound address.");
        server.Initialize(new Uri(address).GetLeftPart(UriPartial.Authority));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void Initialize(string origin)
    {
        var context = new ServerContext(origin, Settings, DeltaTokens, _time);
        var pipeline = new GraphPipeline(context, Faults, Log);
        pipeline.Add(new BatchRoutes(pipeline.Handle, context));
        pipeline.Add(new SharePointRoutes(SharePoint, context));
        pipeline.Add(new MailRoutes(Mail, context));
        pipeline.Add(new AttachmentUploadRoutes(Mail, context));
        pipeline.Add(new DriveRoutes(Drive, context));
        _context = context;
        _pipeline = pipeline;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        if (http.Request.Path == ManagedIdentityEndpoint.Path)
        {
            await ManagedIdentityEndpoint.WriteAsync(http, Settings.AcceptedToken, Context.Now).ConfigureAwait(false);
            return;
        }

        var pipeline = _pipeline ?? throw new InvalidOperationException("The server has not started.");
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        var request = GraphRequestParser.Parse(http.Request.Method, rawTarget, headers, buffer.ToArray(), inBatch: false, out var versioned);
        GraphResponse response;
        if (!versioned && !DriveRoutes.IsPreAuthenticated(request) && !AttachmentUploadRoutes.IsUploadUrl(request))
        {
            response = GraphErrors.Create(400, "BadRequest", "Invalid version: the path must start with /v1.0.", request, Context.Now);
            pipeline.Record(request, response.Status);
        }
        else if (versioned && BearerGate.Check(request, Settings.AcceptedToken, Context.Now) is { } refused)
        {
            response = refused;
            pipeline.Record(request, response.Status);
        }
        else
        {
            response = pipeline.Handle(request);
        }

        await WriteAsync(http, request, response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext http, GraphRequest request, GraphResponse response, CancellationToken cancellationToken)
    {
        if (response.DropsConnection)
        {
            http.Abort();
            return;
        }

        http.Response.StatusCode = response.Status;
        var requestId = response.Headers.GetValueOrDefault("request-id") ?? Guid.NewGuid().ToString();
        http.Response.Headers["request-id"] = requestId;
        http.Response.Headers["client-request-id"] = request.Header("client-request-id") ?? requestId;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (response.ContentType is not null)
        {
            http.Response.ContentType = response.ContentType;
        }

        if (!response.Body.IsEmpty)
        {
            http.Response.ContentLength = response.Body.Length;
            await http.Response.Body.WriteAsync(response.Body, cancellationToken).ConfigureAwait(false);
        }
    }
}
