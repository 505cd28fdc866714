namespace Tarmeem.Reporting.Word;

/// <summary>A place in a template, marked by a content control whose tag is <see cref="Tag"/>, that the generator fills.</summary>
public sealed record NamedPlace(string Tag, PlaceForm Form);
