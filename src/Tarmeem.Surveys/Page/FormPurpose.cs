namespace Tarmeem.Surveys.Page;

/// <summary>Which form a seal was issued for, so the answer form's value cannot stop the surveys and vice versa.</summary>
public enum FormPurpose
{
    Answer = 1,
    OptOut = 2,
}
