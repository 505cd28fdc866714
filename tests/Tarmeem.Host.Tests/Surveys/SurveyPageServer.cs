using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Store;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Page;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary>The survey page on real Kestrel at http://127.0.0.1:{port}, over a given store and clock.</summary>
internal sealed class SurveyPageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SurveyPageServer(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
    }

    public string Origin { get; }

    public static async Task<SurveyPageServer> StartAsync(ISurveyStore store, TimeProvider time, SurveyOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSurveyPage();
        var app = builder.Build();
        app.MapSurveyPage();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SurveyPageServer(app, new Uri(address).GetLeftPart(UriPartial.Authority));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
