namespace Tarmeem.Surveys.Email;

/// <summary>A composed survey message: subject, HTML body and its plain-text twin.</summary>
public sealed record SurveyEmail(string Subject, string Html, string Text);
