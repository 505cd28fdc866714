namespace Tarmeem.Host.SampleMode;

/// <summary>Where <c>serve --sample</c> keeps things: the sample store, the served address, the <c>.eml</c> folder and the library folder.</summary>
internal sealed record SampleFolders(string Data, string Origin, string MailOut, string Library);
