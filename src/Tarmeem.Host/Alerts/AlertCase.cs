using Tarmeem.Core.Domain;

namespace Tarmeem.Host.Alerts;

/// <summary>One open case in the alert: its number, the step it waits on, its calendar day since receipt and its list item's address if known.</summary>
internal sealed record AlertCase(string CaseNumber, CaseStep WaitingOn, int Day, DateTimeOffset Received, Uri? Link);
