namespace Tarmeem.Store.Records;

/// <summary>Record counts per kind, as the store holds them.</summary>
public sealed record StoreCounts(int Cases, int Inquiries, int Invitations, int Responses, int Quarantined);
