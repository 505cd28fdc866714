namespace Tarmeem.Host.Cli;

/// <summary>
/// Where a command speaks: results on standard output (so they can be piped), progress and errors on
/// standard error.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public IProgress<string> Progress { get; } = new SynchronousProgress(error);

    private sealed class SynchronousProgress(TextWriter writer) : IProgress<string>
    {
        // Progress<T> posts to the thread pool and can print after the command has finished.
        public void Report(string value) => writer.WriteLine(value);
    }
}
