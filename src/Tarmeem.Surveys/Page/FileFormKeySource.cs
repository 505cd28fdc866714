namespace Tarmeem.Surveys.Page;

/// <summary>The key in <c>survey-page.key</c> in the data folder (<see cref="FormKeyFile"/>): one machine, SQLite.</summary>
public sealed class FileFormKeySource(string dataDirectory) : IFormKeySource
{
    public ValueTask<byte[]> LoadKeyAsync(CancellationToken cancellationToken) => ValueTask.FromResult(FormKeyFile.ReadOrCreate(dataDirectory));
}
