using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Word.Markup;
using static Tarmeem.Reporting.Word.Templates.TemplateBlocks;

namespace Tarmeem.Reporting.Word.Templates;

/// <summary>The fixed wording and the order of the named places of each default template.</summary>
internal static class TemplateBodies
{
    public const double CoverLogoInches = 1.6;

    public static IReadOnlyList<OpenXmlElement> Management() =>
    [
        Fixed(StyleIds.Title, "Title_Management"),
        Fixed(StyleIds.Subtitle, "AssociationName"),
        LabelledLine(StyleIds.CoverLine, "Cover_PeriodLabel", NamedPlaces.CoverPeriod),
        LabelledLine(StyleIds.CoverLine, "Cover_DateLabel", NamedPlaces.CoverDate),
        Fixed(StyleIds.Note, "Management_Intro"),
        Heading1("Section_Summary"),
        Place(NamedPlaces.Summary),
        Heading1("Section_Kpis"),
        Place(NamedPlaces.Kpis),
        Heading2("Section_Trend"),
        Place(NamedPlaces.ChartTrend),
        Heading1("Section_Channels"),
        Place(NamedPlaces.Channels),
        Place(NamedPlaces.ChartChannels),
        Heading2("Section_ChannelsByBranch"),
        Place(NamedPlaces.ChannelsByBranch),
        Place(NamedPlaces.ChartChannelBranch),
        Heading1("Section_ResponseTimes"),
        Place(NamedPlaces.ResponseTimes),
        Place(NamedPlaces.ChartResponse),
        Heading2("Section_Aging"),
        Place(NamedPlaces.Aging),
        Heading2("Section_OpenCases"),
        Place(NamedPlaces.OpenCases),
        Heading1("Section_Satisfaction"),
        Place(NamedPlaces.Satisfaction),
        Place(NamedPlaces.ChartSatisfaction),
        Heading2("Section_SatisfactionByChannel"),
        Place(NamedPlaces.SatisfactionByChannel),
        Heading2("Section_Comments"),
        WordParagraphs.Create(StyleIds.Note, WordText.Get("Comments_Intro"), keepNext: true),
        Place(NamedPlaces.Comments),
        Heading1("Section_Process"),
        Place(NamedPlaces.ProcessQuality),
        Heading1("Section_DataQuality"),
        Place(NamedPlaces.DataQuality),
    ];

    public static IReadOnlyList<OpenXmlElement> Board(MainDocumentPart main, byte[] logo)
    {
        ArgumentNullException.ThrowIfNull(main);
        var picture = WordPictures.Inline(main, logo, 2, WordText.Get("Logo_Name"), WordText.Get("Logo_Alt"), CoverLogoInches, CoverLogoInches);
        return
        [
            WordParagraphs.Create(StyleIds.CoverLine, [new Run(new Break()), new Run(new Break()), picture], centered: true),
            Fixed(StyleIds.CoverLine, "AssociationName"),
            Fixed(StyleIds.Title, "Title_Board"),
            Fixed(StyleIds.Subtitle, "Board_Subtitle"),
            LabelledLine(StyleIds.CoverLine, "Cover_PeriodLabel", NamedPlaces.CoverPeriod),
            LabelledLine(StyleIds.CoverLine, "Cover_DateLabel", NamedPlaces.CoverDate),
            Fixed(StyleIds.Note, "Board_Privacy", centered: true),
            WordParagraphs.PageBreak(),
            Heading1("Section_Summary"),
            Place(NamedPlaces.Summary),
            Heading1("Section_Kpis"),
            Place(NamedPlaces.Kpis),
            Heading2("Section_Trend"),
            Place(NamedPlaces.ChartTrend),
            Heading1("Section_Compliance"),
            Place(NamedPlaces.Compliance),
            Place(NamedPlaces.ChartResponse),
            Heading1("Section_Satisfaction"),
            Place(NamedPlaces.Satisfaction),
            Place(NamedPlaces.ChartSatisfaction),
            Heading1("Section_ChannelMix"),
            Place(NamedPlaces.ChannelMix),
            Place(NamedPlaces.ChartChannels),
            Place(NamedPlaces.ChartChannelBranch),
            Heading1("Section_Recommendations"),
            WordParagraphs.Create(StyleIds.Note, WordText.Get("Recommendations_Intro"), keepNext: true),
            Place(NamedPlaces.Recommendations),
        ];
    }
}
