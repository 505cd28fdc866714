namespace Tarmeem.Host.Delivery;

/// <summary>A file filed in the document library.</summary>
/// <param name="Id">The drive item id.</param>
/// <param name="Path">Its path below the library's root.</param>
/// <param name="WebUrl">Where a person opens it, if the service said.</param>
/// <param name="AlreadyThere">The library held the same bytes already, so nothing was uploaded.</param>
internal sealed record LibraryItem(string Id, string Path, string? WebUrl, bool AlreadyThere = false);
