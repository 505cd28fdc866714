namespace Tarmeem.Surveys.Page.Nodes;

/// <summary>The shared key once read at start: the seal and the miss counter are made from it without a database call.</summary>
internal sealed class LoadedPageKey(IFormKeySource source)
{
    private byte[]? _key;

    public byte[] Key => _key ?? throw new InvalidOperationException(
        "The survey page's shared key has not been read: call LoadSurveyPageKeyAsync after building the services and before mapping the page.");

    public async Task LoadAsync(CancellationToken cancellationToken) => _key = await source.LoadKeyAsync(cancellationToken);
}
