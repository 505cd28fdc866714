using System.ComponentModel.DataAnnotations;

namespace Tarmeem.Store;

/// <summary>Where the embedded store keeps its file. Bound from configuration by the host.</summary>
public sealed class StoreOptions
{
    /// <summary>
    /// A folder on a local disk (WAL needs shared memory, which network shares do not reliably give).
    /// It is created if missing; the database is <c>tarmeem.db</c> inside it.
    /// </summary>
    [Required]
    public string DataDirectory { get; set; } = "";
}
