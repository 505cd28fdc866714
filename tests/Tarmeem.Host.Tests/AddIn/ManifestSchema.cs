using System.Diagnostics;

namespace Tarmeem.Host.Tests.AddIn;

/// <summary>
/// Runs validate-manifest.cjs under node: the unified manifest against the schema shipped in @microsoft/app-manifest
/// (npm, pinned in package-lock.json), offline. Returns the validator's errors, none when valid.
/// </summary>
internal static class ManifestSchema
{
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string manifestPath)
    {
        var testsFolder = TestsFolder();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = testsFolder };
        start.ArgumentList.Add(Path.Combine(testsFolder, "AddIn", "validate-manifest.cjs"));
        start.ArgumentList.Add(manifestPath);
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var error = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return node.ExitCode switch
        {
            0 => [],
            1 => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => throw new InvalidOperationException($"The manifest validator could not run (exit {node.ExitCode}): {error}"),
        };
    }

    /// <summary>tests/Tarmeem.Host.Tests, found from the test binaries, with its node_modules restored.</summary>
    private static string TestsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AddIn", "validate-manifest.cjs")))
            {
                return Directory.Exists(Path.Combine(folder.FullName, "node_modules", "@microsoft", "app-manifest"))
                    ? folder.FullName
                    : throw new FileNotFoundException("@microsoft/app-manifest is not installed for the tests: run `npm ci --prefix tests/Tarmeem.Host.Tests` from the repository root.");
            }
        }

        throw new FileNotFoundException("tests/Tarmeem.Host.Tests/AddIn/validate-manifest.cjs was not found above the test binaries.");
    }
}
