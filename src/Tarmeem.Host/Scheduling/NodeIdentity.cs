using System.Globalization;
using Microsoft.Extensions.Options;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// This process's name among the nodes: <c>Tarmeem:Schedule:NodeId</c>, or the host name and the process id. It is
/// Quartz's instance id, so two live processes must never share it; a restarted process is a new node.
/// </summary>
internal sealed class NodeIdentity
{
    /// <summary>Short enough for PostgreSQL's application name (63 bytes), which shows a lock's holder.</summary>
    public const int MaxLength = 50;

    public NodeIdentity(IOptions<ScheduleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Id = Resolve(options.Value);
    }

    public string Id { get; }

    /// <summary>The configured id, or <see cref="Default"/> when none is.</summary>
    public static string Resolve(ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrEmpty(options.NodeId) ? Default() : options.NodeId;
    }

    public static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':';

    /// <summary>The host name (reduced to the allowed characters) and the process id, e.g. <c>web-1-4312</c>.</summary>
    public static string Default()
    {
        var host = new string(Environment.MachineName.Select(c => IsAllowed(c) ? c : '-').ToArray());
        var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        return (host.Length > MaxLength - pid.Length - 1 ? host[..(MaxLength - pid.Length - 1)] : host) + "-" + pid;
    }
}
