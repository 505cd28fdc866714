using System.Net;
using Microsoft.AspNetCore.Builder;
using Tarmeem.Host.Cli;

namespace Tarmeem.Host.Tests.Serve;

/// <summary><c>tarmeem serve</c>'s web host from a settings file, and requests as they arrive through a known proxy.</summary>
internal static class ServeHost
{
    public static Task<WebApplication> BuildAsync(string config)
    {
        var context = new CliContext(new CliConsole(TextWriter.Null, TextWriter.Null));
        return ServeCommand.BuildAsync(TarmeemCommandLine.Create(context).Parse(["serve", "--config", config]), context, CancellationToken.None);
    }

    /// <summary>A GET forwarded for <paramref name="client"/> (the proxy being loopback); its status.</summary>
    public static async Task<HttpStatusCode> GetForAsync(HttpClient http, string path, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
