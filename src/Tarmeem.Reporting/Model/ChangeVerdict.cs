namespace Tarmeem.Reporting.Model;

/// <summary>The reading of a change against a baseline.</summary>
public enum ChangeVerdict
{
    Unchanged = 0,
    Better = 1,
    Worse = 2,
}
