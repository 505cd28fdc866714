using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Word.Templates;

/// <summary>The table styles: a ruled grid with a tinted header row and banded rows, and a borderless one for layout.</summary>
internal static class TemplateTableStyles
{
    public static Style Grid()
    {
        var val = BorderValues.Single;
        const uint size = 4;
        const string color = Palette.Border;
        return new Style(
            new StyleName { Val = "Tarmeem Table" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(
                new TableStyleRowBandSize { Val = 1 },
                new TableBorders(
                    new TopBorder { Val = val, Size = size, Color = color },
                    new LeftBorder { Val = val, Size = size, Color = color },
                    new BottomBorder { Val = val, Size = size, Color = color },
                    new RightBorder { Val = val, Size = size, Color = color },
                    new InsideHorizontalBorder { Val = val, Size = size, Color = color },
                    new InsideVerticalBorder { Val = val, Size = size, Color = color }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new BoldComplexScript(), new Color { Val = Palette.Primary }),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Palette.HeaderFill }))
            { Type = TableStyleOverrideValues.FirstRow },
            new TableStyleProperties(
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Palette.BandFill }))
            { Type = TableStyleOverrideValues.Band2Horizontal })
        {
            Type = StyleValues.Table,
            StyleId = StyleIds.Table,
        };
    }

    public static Style Plain() => new(
        new StyleName { Val = "Tarmeem Layout Table" },
        new BasedOn { Val = "TableNormal" },
        new UIPriority { Val = 99 },
        new StyleTableProperties(
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = StyleIds.PlainTable,
    };

    /// <summary>Word's own default table style, which the two above are based on.</summary>
    public static Style Normal() => new(
        new StyleName { Val = "Normal Table" },
        new UIPriority { Val = 99 },
        new SemiHidden(),
        new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = "TableNormal",
        Default = true,
    };
}
