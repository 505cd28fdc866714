namespace Tarmeem.Reporting.Word.Markup;

/// <summary>Decides which runs are marked right-to-left.</summary>
internal static class RunDirection
{
    /// <summary>
    /// Everything is right-to-left except text that is Latin letters without any Arabic (case numbers,
    /// record ids): Word reorders characters inside a <c>w:rtl</c> run, which would turn «C-0002» around.
    /// </summary>
    public static bool IsRightToLeft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latin = false;
        foreach (var c in text)
        {
            if (IsArabic(c))
            {
                return true;
            }

            latin |= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
        }

        return !latin;
    }

    public static bool IsArabic(char c) => c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}
