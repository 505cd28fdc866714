using SkiaSharp;

namespace Tarmeem.Reporting.Word.Templates;

/// <summary>
/// The default letterhead mark, drawn here rather than downloaded: a house (the association restores
/// homes) on a teal disc over a gold arc. Staff replace it in Word with the real logo (Change Picture).
/// </summary>
internal static class LogoImage
{
    public const int SizePixels = 480;

    public static byte[] Png()
    {
        var info = new SKImageInfo(SizePixels, SizePixels, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        var primary = SKColor.Parse(Palette.Primary);
        var accent = SKColor.Parse(Palette.Accent);
        const float c = SizePixels / 2f;

        using (var disc = new SKPaint { Color = primary, IsAntialias = true, Style = SKPaintStyle.Fill })
        {
            canvas.DrawCircle(c, c, c - 8, disc);
        }

        using (var ring = new SKPaint { Color = accent, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 14 })
        {
            canvas.DrawCircle(c, c, c - 22, ring);
        }

        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        using (var roof = new SKPath())
        {
            roof.MoveTo(c, 105);
            roof.LineTo(c + 150, 235);
            roof.LineTo(c + 118, 235);
            roof.LineTo(c, 140);
            roof.LineTo(c - 118, 235);
            roof.LineTo(c - 150, 235);
            roof.Close();
            canvas.DrawPath(roof, white);
        }

        canvas.DrawRect(new SKRect(c - 95, 225, c + 95, 345), white);
        using (var door = new SKPaint { Color = primary, IsAntialias = true, Style = SKPaintStyle.Fill })
        {
            canvas.DrawRoundRect(new SKRect(c - 25, 270, c + 25, 345), 22, 22, door);
            canvas.DrawRect(new SKRect(c - 70, 250, c - 42, 278), door);
            canvas.DrawRect(new SKRect(c + 42, 250, c + 70, 278), door);
        }

        using (var arc = new SKPaint { Color = accent, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 18, StrokeCap = SKStrokeCap.Round })
        {
            canvas.DrawArc(new SKRect(c - 160, 200, c + 160, 400), 25, 130, false, arc);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
