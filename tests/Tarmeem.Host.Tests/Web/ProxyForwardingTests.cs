using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Web;

namespace Tarmeem.Host.Tests.Web;

public sealed class ProxyForwardingTests
{
    [Fact]
    public void Validate_KnownProxyNotAnAddress_NamesTheKeyAndIndex()
    {
        var options = new ScheduleOptions();
        options.KnownProxies.Add("10.0.0.5");
        options.KnownProxies.Add("nginx.local");
        options.KnownProxies.Add("10.0.0.0/24");

        var result = new ScheduleOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Tarmeem:Schedule:KnownProxies:1 'nginx.local' is not an address or network", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AddressesAndNetworks_OnlyThoseTrustedLoopbackDropped()
    {
        var options = ProxyForwarding.Options(["10.0.0.5", "fd00::/8"]);

        Assert.Empty(options.KnownProxies);
        Assert.Equal(["10.0.0.5/32", "fd00::/8"], options.KnownIPNetworks.Select(n => n.ToString()));
        Assert.Null(options.ForwardLimit);
    }
}
