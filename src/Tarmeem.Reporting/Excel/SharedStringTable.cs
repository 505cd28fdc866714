using System.Xml;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// The workbook's shared strings, collected while sheets are written and saved last. Repeated labels
/// (channels, branches, yes/no) are stored once; every reference is counted for the part's <c>count</c>.
/// </summary>
internal sealed class SharedStringTable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private long _references;

    public int Count => _strings.Count;

    /// <summary>The index of <paramref name="text"/> (already sanitised), adding it on first use.</summary>
    public int Index(string text)
    {
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _strings.Add(text);
            _indexes.Add(text, index);
        }

        return index;
    }

    /// <summary>Counts one cell pointing at a shared string, for the part's <c>count</c>.</summary>
    public void CountReference() => _references++;

    public void WriteTo(XmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartElement("sst", Main);
        writer.WriteAttributeString("count", _references.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteAttributeString("uniqueCount", _strings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var text in _strings)
        {
            writer.WriteStartElement("si", Main);
            WorksheetXmlWriter.WriteTextElement(writer, text);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
