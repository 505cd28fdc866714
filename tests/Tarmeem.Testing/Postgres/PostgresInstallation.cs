using System.Diagnostics;
using System.Globalization;

namespace Tarmeem.Testing.Postgres;

/// <summary>
/// The PostgreSQL server programs on this machine (Debian's <c>/usr/lib/postgresql/&lt;major&gt;/bin</c>, newest
/// major) and how to run them: <c>initdb</c> refuses root, so as root they run as the <c>postgres</c> user.
/// </summary>
internal sealed class PostgresInstallation
{
    private const string Root = "/usr/lib/postgresql";

    private PostgresInstallation(string binDirectory, int major)
    {
        BinDirectory = binDirectory;
        Major = major;
    }

    public string BinDirectory { get; }

    public int Major { get; }

    /// <summary>As root, the server's files belong to <c>postgres</c> and every program runs through runuser.</summary>
    public static bool RunsAsPostgresUser => Environment.IsPrivilegedProcess;

    public static PostgresInstallation Find()
    {
        var newest = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(folder => (Folder: folder, Major: int.TryParse(Path.GetFileName(folder), NumberStyles.None,
                    CultureInfo.InvariantCulture, out var major) ? major : 0))
                .Where(found => found.Major > 0 && File.Exists(Path.Combine(found.Folder, "bin", "initdb")))
                .OrderByDescending(found => found.Major)
                .FirstOrDefault()
            : default;
        return newest.Folder is null
            ? throw new InvalidOperationException(
                $"PostgreSQL is not installed: no {Root}/<major>/bin/initdb was found. The PostgreSQL tests start a "
                + "throwaway server from it: install the postgresql package (apt-get install postgresql); .ci/run does.")
            : new PostgresInstallation(Path.Combine(newest.Folder, "bin"), newest.Major);
    }

    /// <summary>Gives the folder to the user the server runs as (a no-op when that is already this user).</summary>
    public static void HandOver(string folder)
    {
        if (RunsAsPostgresUser)
        {
            Run("chown", ["-R", "postgres:postgres", folder], TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>Runs one of the server programs (initdb, pg_ctl) and returns its output; throws when it fails.</summary>
    public string RunTool(string tool, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var program = Path.Combine(BinDirectory, tool);
        return RunsAsPostgresUser
            ? Run("runuser", ["-u", "postgres", "--", program, .. arguments], timeout)
            : Run(program, arguments, timeout);
    }

    /// <summary>The command line that runs a server program, for a shell script (the exit watchdog).</summary>
    public string ShellCommand(string tool, IReadOnlyList<string> arguments)
    {
        IEnumerable<string> words = RunsAsPostgresUser
            ? ["runuser", "-u", "postgres", "--", Path.Combine(BinDirectory, tool), .. arguments]
            : [Path.Combine(BinDirectory, tool), .. arguments];
        return string.Join(' ', words.Select(Quote));
    }

    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: "
                + $"{error.Result}{output.Result}".Trim());
        }

        return output.Result;
    }
}
