namespace Tarmeem.Store;

/// <summary>One numbered schema step. Applied once, in its own transaction, and recorded in <c>schema_migrations</c>.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
