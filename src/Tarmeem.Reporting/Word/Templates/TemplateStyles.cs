using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Word.Templates;

/// <summary>
/// The styles part of the default templates. Every style is right-to-left (<c>w:bidi</c>, <c>w:rtl</c>)
/// and names a complex-script font and size (<c>w:rFonts w:cs</c>, <c>w:szCs</c>) as well as a Latin one.
/// </summary>
internal static class TemplateStyles
{
    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(Palette.ArabicBody),
                new Color { Val = Palette.Text },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "24" },
                new Languages { Val = "ar-SA", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph(StyleIds.Normal, "Normal", null, isDefault: true, new ParagraphProperties(new BiDi())),
        Paragraph(StyleIds.Title, "Title", StyleIds.Normal, false,
            new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }, new Justification { Val = JustificationValues.Center }),
            BoldPair(), Fonts(Palette.ArabicHeading), new Color { Val = Palette.Primary }, new FontSize { Val = "40" }, new FontSizeComplexScript { Val = "40" }),
        Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, false,
            new ParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }),
            Fonts(Palette.ArabicHeading), new Color { Val = Palette.Accent }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }),
        Paragraph(StyleIds.Heading1, "heading 1", StyleIds.Normal, false,
            new ParagraphProperties(
                new KeepNext(), new KeepLines(),
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = Palette.Accent }),
                new SpacingBetweenLines { Before = "360", After = "160" }, new OutlineLevel { Val = 0 }),
            BoldPair(), Fonts(Palette.ArabicHeading), new Color { Val = Palette.Primary }, new FontSize { Val = "30" }, new FontSizeComplexScript { Val = "30" }),
        Paragraph(StyleIds.Heading2, "heading 2", StyleIds.Normal, false,
            new ParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 1 }),
            BoldPair(), Fonts(Palette.ArabicHeading), new Color { Val = Palette.Primary }, new FontSize { Val = "25" }, new FontSizeComplexScript { Val = "25" }),
        Paragraph(StyleIds.CoverLine, "Cover Line", StyleIds.Normal, false,
            new ParagraphProperties(new SpacingBetweenLines { After = "80" }, new Justification { Val = JustificationValues.Center }),
            new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "28" }),
        Paragraph(StyleIds.Summary, "Summary", StyleIds.Normal, false,
            new ParagraphProperties(new SpacingBetweenLines { After = "160", Line = "320", LineRule = LineSpacingRuleValues.Auto }),
            new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "26" }),
        Paragraph(StyleIds.Note, "Note", StyleIds.Normal, false,
            new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "160" }),
            new Color { Val = Palette.Muted }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "20" }),
        Paragraph(StyleIds.Caption, "caption", StyleIds.Normal, false,
            new ParagraphProperties(new KeepLines(), new SpacingBetweenLines { Before = "120", After = "240" }, new Justification { Val = JustificationValues.Center })),
        Paragraph(StyleIds.Comment, "Comment Quote", StyleIds.Normal, false,
            new ParagraphProperties(
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Palette.CommentFill },
                new SpacingBetweenLines { Before = "60", After = "60" }, new Indentation { Left = "284", Right = "284" })),
        Paragraph(StyleIds.Placeholder, "Placeholder", StyleIds.Normal, false,
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Color { Val = Palette.Muted }, new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }),
        Paragraph(StyleIds.Recommendation, "Recommendation", StyleIds.Normal, false,
            new ParagraphProperties(
                new KeepLines(),
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Palette.Border },
                    new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Palette.Border },
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Palette.Border },
                    new RightBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Palette.Border }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Palette.BandFill },
                new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto })),
        Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, false,
            new ParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "20" }),
        Paragraph(StyleIds.TableHeading, "Table Heading", StyleIds.TableText, false,
            new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            BoldPair(), new Color { Val = Palette.Primary }),
        Paragraph(StyleIds.Header, "header", StyleIds.Normal, false,
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new Color { Val = Palette.Muted }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "19" }),
        Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, false,
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            new Color { Val = Palette.Muted }, new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "18" }),
        TemplateTableStyles.Normal(),
        TemplateTableStyles.Grid(),
        TemplateTableStyles.Plain());

    public static RunFonts Fonts(string arabic) =>
        new() { Ascii = Palette.Latin, HighAnsi = Palette.Latin, ComplexScript = arabic, EastAsia = Palette.Latin };

    private static IEnumerable<OpenXmlElement> BoldPair() => [new Bold(), new BoldComplexScript()];

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, ParagraphProperties paragraph, params object[] run)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        paragraph.GetFirstChild<BiDi>()?.Remove();
        InsertBidi(paragraph, new BiDi());
        style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(c => c.CloneNode(true))));

        // Schema order of run properties: fonts, bold, colour, sizes. Runs carry w:rtl themselves (style rPr may not).
        var elements = run.SelectMany(r => r is OpenXmlElement one ? [one] : (IEnumerable<OpenXmlElement>)r).ToList();
        if (elements.Count > 0)
        {
            style.Append(new StyleRunProperties(elements.OrderBy(RunOrder)));
        }

        return style;
    }

    private static int RunOrder(OpenXmlElement element) => element switch
    {
        RunFonts => 0,
        Bold => 1,
        BoldComplexScript => 2,
        Color => 3,
        FontSize => 4,
        FontSizeComplexScript => 5,
        _ => 6,
    };

    // w:bidi sits after borders, shading and keep flags, and before spacing, indentation and alignment.
    private static void InsertBidi(ParagraphProperties paragraph, BiDi bidi)
    {
        var after = paragraph.ChildElements.FirstOrDefault(c => c is SpacingBetweenLines or Indentation or Justification or OutlineLevel);
        if (after is null)
        {
            paragraph.Append(bidi);
        }
        else
        {
            paragraph.InsertBefore(bidi, after);
        }
    }
}
