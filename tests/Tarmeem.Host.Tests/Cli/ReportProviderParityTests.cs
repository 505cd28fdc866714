using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Host.Tests.Cli;

/// <summary>
/// The same sample through either store gives the same documents: <c>report --sample</c> on SQLite and on PostgreSQL
/// (<c>Tarmeem:Data:Provider</c>, <c>Tarmeem:Data:ConnectionString</c> from a settings file) write byte-for-byte the
/// same package parts, once the Word package's random relationship ids are set aside (as WordPrivacyTests does).
/// </summary>
public sealed partial class ReportProviderParityTests
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
        var expected = Parts(Path.Combine(temp.Sub("sqlite"), file));
        var actual = Parts(Path.Combine(temp.Sub("postgres"), file));
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, part => Assert.True(part.Value.AsSpan().SequenceEqual(actual[part.Key]), $"{part.Key} differs"));
    }

    private static SortedDictionary<string, byte[]> Parts(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            parts[entry.FullName] = entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(RelationshipIds().Replace(Encoding.UTF8.GetString(bytes), "$1=\"R\""))
                : bytes;
        }

        return parts;
    }

    [GeneratedRegex(@"\b((?:r:)?(?:id|embed|Id))=""R[0-9a-f]+""")]
    private static partial Regex RelationshipIds();
}
