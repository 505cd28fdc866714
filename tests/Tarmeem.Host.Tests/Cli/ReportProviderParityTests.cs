using Tarmeem.Testing.Postgres;

namespace Tarmeem.Host.Tests.Cli;

/// <summary>
/// The same sample through either store gives the same documents: <c>report --sample</c> on SQLite and on PostgreSQL
/// (<c>Tarmeem:Data:Provider</c>, <c>Tarmeem:Data:ConnectionString</c> from a settings file) write byte-for-byte the
/// same package parts, once the Word package's random relationship ids are set aside (as WordPrivacyTests does).
/// </summary>
public sealed class ReportProviderParityTests
{
    private static int s_created;

    [Theory]
    [InlineData("xlsx", null, "tarmeem-quality-2026-10.xlsx")]
    [InlineData("docx", "2026-Q3", "tarmeem-board-2026-Q3.docx")]
    public async Task ReportSample_SqliteAndPostgreSql_WriteTheSamePackageParts(string format, string? period, string file)
    {
        using var temp = new TempFolder();
        var cluster = await PostgresCluster.SharedAsync();
        var connectionString = await cluster.CreateDatabaseAsync(
            $"report_{Environment.ProcessId}_{Interlocked.Increment(ref s_created)}", CancellationToken.None);
        var config = temp.Sub("postgres.json");
        await File.WriteAllTextAsync(
            config, $$"""{ "Tarmeem": { "Data": { "Provider": "PostgreSql", "ConnectionString": "{{connectionString}}" } } }""");
        string[] periodArgs = period is null ? [] : ["--period", period];

        var sqlite = await CliRun.InvokeAsync(
            ["report", "--sample", "--format", format, .. periodArgs, "--data", temp.Sub("data"), "--out", temp.Sub("sqlite")]);
        var postgres = await CliRun.InvokeAsync(
            ["report", "--config", config, "--sample", "--format", format, .. periodArgs, "--data", temp.Sub("data-pg"), "--out", temp.Sub("postgres")]);

        Assert.True(sqlite.ExitCode == 0, sqlite.Error);
        Assert.True(postgres.ExitCode == 0, postgres.Error);
        Assert.Contains("tarmeem_sample", postgres.Output + postgres.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Sub("data-pg"), "sample")));
        var expected = PackageParts.Read(Path.Combine(temp.Sub("sqlite"), file));
        var actual = PackageParts.Read(Path.Combine(temp.Sub("postgres"), file));
        PackageParts.AssertSame(expected, actual);
    }
}
