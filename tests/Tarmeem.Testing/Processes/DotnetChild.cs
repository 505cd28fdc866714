using System.Diagnostics;
using System.Text;

namespace Tarmeem.Testing.Processes;

/// <summary>
/// A .NET program run as a child process of the test — <c>tarmeem serve</c> (the Host's <c>tarmeem.dll</c>) or a test
/// assembly's own entry point — with its output kept for the failure message. <see cref="Kill"/> is <c>kill -9</c>: no
/// shutdown code runs, as when a machine dies. Disposing kills what is still running.
/// </summary>
public sealed class DotnetChild : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private DotnetChild(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>What the child wrote so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet {assembly} {arguments}</c> with the given environment added to the test's.</summary>
    public static DotnetChild Start(string assemblyPath, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
        };
        start.ArgumentList.Add(assemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var child = new DotnetChild(process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGKILL on Linux (TerminateProcess on Windows), and waits until it is gone.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
