namespace Tarmeem.Store.Review;

/// <summary>A draft filed in the document library for review: its drive item id, path and web address.</summary>
public sealed record LibraryDraft(string ItemId, string Path, string? WebUrl);
