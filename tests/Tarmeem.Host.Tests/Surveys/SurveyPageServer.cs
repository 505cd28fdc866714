using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Web;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Page.Nodes;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>
/// The survey page on real Kestrel at http://127.0.0.1:{port}, over a given store and clock, wired as <c>serve</c>
/// wires it: forwarded headers from <paramref name="knownProxies"/> only, the form key in a data folder (a fresh one
/// unless given, so a restart is a second server on the same folder), or shared services registered first by
/// <c>beforePage</c> (a node of several).
/// </summary>
internal sealed class SurveyPageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _ownFolder;

    private SurveyPageServer(WebApplication app, string origin, string dataDirectory, string? ownFolder)
    {
        _app = app;
        Origin = origin;
        DataDirectory = dataDirectory;
        _ownFolder = ownFolder;
    }

    public string Origin { get; }

    public string DataDirectory { get; }

    public static async Task<SurveyPageServer> StartAsync(
        ISurveyStore store, TimeProvider time, SurveyOptions options, string? dataDirectory = null, IEnumerable<string>? knownProxies = null,
        Action<IServiceCollection>? beforePage = null)
    {
        var ownFolder = dataDirectory is null ? Path.Combine(Path.GetTempPath(), "tarmeem-page-tests", Guid.NewGuid().ToString("N")) : null;
        var folder = dataDirectory ?? ownFolder!;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(Options.Create(options));
        beforePage?.Invoke(builder.Services);
        builder.Services.AddSurveyPage(folder);
        var app = builder.Build();
        await app.Services.LoadSurveyPageKeyAsync(CancellationToken.None);
        app.UseForwardedHeaders(ProxyForwarding.Options(knownProxies ?? []));
        app.MapSurveyPage();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SurveyPageServer(app, new Uri(address).GetLeftPart(UriPartial.Authority), folder, ownFolder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownFolder is not null && Directory.Exists(_ownFolder))
        {
            Directory.Delete(_ownFolder, recursive: true);
        }
    }
}
