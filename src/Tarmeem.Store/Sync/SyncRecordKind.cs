namespace Tarmeem.Store.Sync;

/// <summary>The kind of record a list source produces.</summary>
public enum SyncRecordKind
{
    Case = 1,
    Inquiry = 2,
}
