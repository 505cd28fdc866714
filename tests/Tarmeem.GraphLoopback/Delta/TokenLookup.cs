namespace Tarmeem.GraphLoopback.Delta;

internal enum TokenLookup
{
    Unknown,
    Found,
    Expired,
}
