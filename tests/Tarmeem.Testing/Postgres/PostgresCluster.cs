using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Tarmeem.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for tests: a new cluster in a temp folder, listening on a free loopback port (and a
/// socket in that folder), trust authentication for the user <c>tarmeem</c> from loopback only. Disposing stops it
/// (<c>pg_ctl -m fast</c>) and deletes the folder. A watchdog process does the same once the test process is gone,
/// however it ended (killed included), so no run leaves a server behind. fsync stays on: tests rely on durability.
/// </summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    public const string UserName = "tarmeem";

    private static readonly Lazy<Task<PostgresCluster>> SharedCluster =
        new(() => StartAsync(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PostgresInstallation _installation;
    private readonly int _watchdogProcessId;
    private readonly EventHandler _onProcessExit;
    private int _stopped;

    private PostgresCluster(PostgresInstallation installation, string folder, int port, int serverProcessId,
        int watchdogProcessId, TimeSpan startTime)
    {
        _installation = installation;
        Folder = folder;
        Port = port;
        ServerProcessId = serverProcessId;
        StartTime = startTime;
        _watchdogProcessId = watchdogProcessId;
        _onProcessExit = (_, _) => StopAtExit();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    /// <summary>The temp folder holding the data directory, the server log and the socket.</summary>
    public string Folder { get; }

    public int Port { get; }

    public int ServerProcessId { get; }

    public int MajorVersion => _installation.Major;

    /// <summary>How long initdb and the server start took.</summary>
    public TimeSpan StartTime { get; }

    private string DataDirectory => Path.Combine(Folder, "data");

    /// <summary>
    /// The one cluster of this test process, started by the first caller and stopped when the process ends: share it
    /// across test classes and give each class its own database (<see cref="PostgresDatabase"/>).
    /// </summary>
    public static Task<PostgresCluster> SharedAsync() => SharedCluster.Value;

    /// <summary>Starts a cluster of its own (for tests of starting and stopping); dispose it.</summary>
    public static Task<PostgresCluster> StartAsync(CancellationToken cancellationToken) =>
        Task.Run(Start, cancellationToken);

    /// <summary>A connection string for a database of this cluster, over TCP on loopback.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = UserName,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a plain database name (lower-case letters, digits, underscores; 63 at most).",
                nameof(name));
        }

        var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await using (create.ConfigureAwait(false))
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return ConnectionString(name);
    }

    public ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        return new ValueTask(Task.Run(Stop));
    }

    private static PostgresCluster Start()
    {
        var installation = PostgresInstallation.Find();
        var clock = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("tarmeem-pg-").FullName;
        try
        {
            var data = Path.Combine(folder, "data");
            PostgresInstallation.HandOver(folder);
            installation.RunTool("initdb",
                ["-D", data, "-U", UserName, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"],
                TimeSpan.FromMinutes(2));
            // Only tarmeem, only from loopback or the socket in the temp folder (truncating keeps the file's owner).
            File.WriteAllText(Path.Combine(data, "pg_hba.conf"),
                $"local all {UserName} trust\nhost all {UserName} 127.0.0.1/32 trust\n");
            var (port, serverProcessId) = StartServer(installation, folder);
            var watchdog = StartWatchdog(installation, folder);
            return new PostgresCluster(installation, folder, port, serverProcessId, watchdog, clock.Elapsed);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    private static (int Port, int ServerProcessId) StartServer(PostgresInstallation installation, string folder)
    {
        var data = Path.Combine(folder, "data");
        var log = Path.Combine(folder, "server.log");
        // The free port is only free until the server binds it: another process may take it in between, so try again.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                installation.RunTool("pg_ctl",
                    ["-D", data, "-l", log, "-w", "-t", "60", "-o",
                     $"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"],
                    TimeSpan.FromSeconds(90));
                var pid = int.Parse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First(),
                    CultureInfo.InvariantCulture);
                return (port, pid);
            }
            catch (InvalidOperationException failure) when (attempt < 3)
            {
                _ = failure;
            }
            catch (InvalidOperationException failure)
            {
                var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "(no server log)";
                throw new InvalidOperationException(
                    $"The throwaway PostgreSQL server in {folder} did not start: {failure.Message}\n{tail}", failure);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A shell that outlives the test process however it ends (the test runner may kill it, with its child processes,
    /// moments after its exit handlers start): once that process is gone it stops the server and deletes the folder.
    /// Started through a shell that leaves it behind, so it is nobody's child; its streams go to /dev/null so that it
    /// holds no pipe of the test runner open. Returns its process id.
    /// </summary>
    private static int StartWatchdog(PostgresInstallation installation, string folder)
    {
        var stop = installation.ShellCommand("pg_ctl",
            ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]);
        var script = $"while kill -0 {Environment.ProcessId}; do sleep 1; done; "
            + $"{stop}; rm -rf {PostgresInstallation.Quote(folder)}";
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("/bin/sh -c \"$0\" </dev/null >/dev/null 2>&1 & echo $!");
        start.ArgumentList.Add(script);
        using var launcher = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start the cluster's watchdog.");
        var processId = int.Parse(launcher.StandardOutput.ReadToEnd().Trim(), CultureInfo.InvariantCulture);
        launcher.WaitForExit();
        return processId;
    }

    /// <summary>At the end of the test process: ask the server to stop and leave the rest to the watchdog.</summary>
    private void StopAtExit()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _installation.RunTool("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-W", "stop"], TimeSpan.FromSeconds(10));
        }
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        using (var watchdog = Process.GetProcessById(_watchdogProcessId))
        {
            watchdog.Kill();
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            _installation.RunTool("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"],
                TimeSpan.FromSeconds(90));
        }
        finally
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
