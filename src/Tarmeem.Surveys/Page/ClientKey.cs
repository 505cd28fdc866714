using System.Net;
using System.Net.Sockets;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// Whom a miss is counted against: the client's address as the forwarded-headers middleware left it (so the real
/// client behind a known proxy), IPv4 whole and IPv6 by its /64, since one home or phone is given a whole /64.
/// </summary>
public static class ClientKey
{
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
