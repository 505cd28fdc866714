namespace Tarmeem.Host.Sync;

/// <summary>One line of <c>tarmeem check</c>: something verified, or a problem with the key to fix.</summary>
internal sealed record CheckFinding(bool Ok, string Message);
