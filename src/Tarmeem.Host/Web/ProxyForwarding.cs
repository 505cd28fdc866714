using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;
using Tarmeem.Host.Scheduling;

namespace Tarmeem.Host.Web;

/// <summary>
/// Which proxies the service believes about the client (<c>X-Forwarded-For</c>) and the scheme
/// (<c>X-Forwarded-Proto</c>): exactly those of <see cref="ScheduleOptions.KnownProxies"/>, each an address
/// (<c>10.0.0.5</c>) or a network (<c>10.0.0.0/24</c>). ASP.NET Core's default of trusting loopback is dropped, so with
/// none configured the headers are ignored and the connection's own address is the client.
/// </summary>
internal static class ProxyForwarding
{
    public static ForwardedHeadersOptions Options(IEnumerable<string> knownProxies)
    {
        ArgumentNullException.ThrowIfNull(knownProxies);
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // A chain of known proxies is walked from the nearest one; the first unknown address is the client.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in knownProxies)
        {
            options.KnownIPNetworks.Add(Parse(entry) ?? throw new FormatException($"'{entry}' is not an address or network."));
        }

        return options;
    }

    /// <summary>An address is a network of one; null when the text is neither.</summary>
    public static IPNetwork? Parse(string? entry)
    {
        var text = entry?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (IPNetwork.TryParse(text, out var network))
        {
            return network;
        }

        return IPAddress.TryParse(text, out var address)
            ? new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
            : null;
    }
}
