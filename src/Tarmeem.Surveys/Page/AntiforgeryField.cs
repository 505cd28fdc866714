namespace Tarmeem.Surveys.Page;

/// <summary>The hidden form field that carries the antiforgery request token.</summary>
public sealed record AntiforgeryField(string Name, string Value);
