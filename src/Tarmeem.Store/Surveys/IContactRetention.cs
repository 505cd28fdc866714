namespace Tarmeem.Store.Surveys;

/// <summary>Removes beneficiaries' contact data past its retention period (Saudi PDPL); the figures stay, anonymised.</summary>
public interface IContactRetention
{
    /// <summary>Deletes contact data last updated before <paramref name="before"/>; returns how many contacts were removed.</summary>
    Task<int> PurgeContactsAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
