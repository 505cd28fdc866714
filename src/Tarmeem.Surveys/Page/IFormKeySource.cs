namespace Tarmeem.Surveys.Page;

/// <summary>
/// Where the survey page's form key comes from: a file in the data folder for one machine
/// (<see cref="FileFormKeySource"/>), the shared store for several nodes (<see cref="Nodes.StoredFormKeySource"/>).
/// Read once at start; every node that serves the page must get the same key, or a form fetched from one node is
/// refused by another.
/// </summary>
public interface IFormKeySource
{
    /// <summary>The key's <see cref="FormSeal.KeyLength"/> bytes, made on the first start.</summary>
    ValueTask<byte[]> LoadKeyAsync(CancellationToken cancellationToken);
}
