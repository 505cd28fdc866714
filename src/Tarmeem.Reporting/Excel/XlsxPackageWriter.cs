using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Writes an Open XML package (xlsx) straight into a <see cref="ZipArchive"/>, one part after another, so a
/// big part can be streamed in bounded memory (the SDK's packaging layer holds a whole part in memory). The
/// output needs no seeking. Every entry carries the same timestamp, so the same content gives the same bytes.
/// Reusable for any xlsx writer: it knows parts, relationships, content types and document properties, not sheets.
/// </summary>
internal sealed class XlsxPackageWriter : IDisposable
{
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string CorePropertiesType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string CorePropertiesPath = "docProps/core.xml";
    private const string AppPropertiesPath = "docProps/app.xml";

    private static readonly DateTimeOffset EarliestZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestZipTime = new(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _archive;
    private readonly DateTimeOffset _timestamp;
    private readonly CompressionLevel _compression;
    private readonly List<(string Path, string ContentType)> _overrides = [];
    private bool _completed;

    public XlsxPackageWriter(Stream output, DateTimeOffset timestamp, CompressionLevel compression)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The workbook output stream is not writable; pass a stream opened for writing.", nameof(output));
        }

        _archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        _timestamp = timestamp < EarliestZipTime ? EarliestZipTime : timestamp > LatestZipTime ? LatestZipTime : timestamp;
        _compression = compression;
    }

    public static XmlWriter CreateXmlWriter(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
        CheckCharacters = true,
    });

    /// <summary>Opens a part for streaming; dispose the stream before opening the next part.</summary>
    public Stream OpenPart(string path, string contentType)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _overrides.Add((path, contentType));
        return OpenEntry(path);
    }

    public void WritePart(string path, string contentType, Action<XmlWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = OpenPart(path, contentType);
        using var writer = CreateXmlWriter(stream);
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }

    /// <summary>Serialises a small part built with the SDK's DOM.</summary>
    public void WritePart(string path, string contentType, OpenXmlElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        WritePart(path, contentType, root.WriteTo);
    }

    /// <summary>Writes the <c>.rels</c> of <paramref name="partPath"/> (e.g. xl/workbook.xml → xl/_rels/workbook.xml.rels).</summary>
    public void WriteRelationships(string partPath, IReadOnlyCollection<XlsxRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(partPath);
        var slash = partPath.LastIndexOf('/');
        var relsPath = slash < 0 ? $"_rels/{partPath}.rels" : $"{partPath[..slash]}/_rels/{partPath[(slash + 1)..]}.rels";
        WriteRelationshipsPart(relsPath, relationships);
    }

    /// <summary>docProps/core.xml: creator, title, language (a BCP 47 tag) and (when known) the creation time.</summary>
    public void WriteCoreProperties(string creator, string title, string language, DateTimeOffset? created)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        WritePart(CorePropertiesPath, "application/vnd.openxmlformats-package.core-properties+xml", writer =>
        {
            writer.WriteStartElement("cp", "coreProperties", cp);
            writer.WriteAttributeString("xmlns", "dc", null, dc);
            writer.WriteAttributeString("xmlns", "dcterms", null, dcterms);
            writer.WriteAttributeString("xmlns", "xsi", null, xsi);
            writer.WriteElementString("dc", "title", dc, title);
            writer.WriteElementString("dc", "creator", dc, creator);
            writer.WriteElementString("cp", "lastModifiedBy", cp, creator);
            writer.WriteElementString("dc", "language", dc, language);
            if (created is { } at)
            {
                var w3c = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                WriteDate(writer, "created", w3c);
                WriteDate(writer, "modified", w3c);
            }

            writer.WriteEndElement();
        });
    }

    private static void WriteDate(XmlWriter writer, string name, string w3c)
    {
        writer.WriteStartElement("dcterms", name, "http://purl.org/dc/terms/");
        writer.WriteAttributeString("xsi", "type", "http://www.w3.org/2001/XMLSchema-instance", "dcterms:W3CDTF");
        writer.WriteString(w3c);
        writer.WriteEndElement();
    }

    /// <summary>docProps/app.xml: the producing application.</summary>
    public void WriteAppProperties(string application)
    {
        const string ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        WritePart(AppPropertiesPath, "application/vnd.openxmlformats-officedocument.extended-properties+xml", writer =>
        {
            writer.WriteStartElement("Properties", ep);
            writer.WriteElementString("Application", ep, application);
            writer.WriteElementString("DocSecurity", ep, "0");
            writer.WriteEndElement();
        });
    }

    /// <summary>Writes the package relationships and [Content_Types].xml, then closes the zip.</summary>
    public void Complete(string mainPartPath)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var relationships = new List<XlsxRelationship> { new("rId1", XlsxRelationship.OfficeType("officeDocument"), mainPartPath) };
        if (_overrides.Exists(o => o.Path == CorePropertiesPath))
        {
            relationships.Add(new("rId2", CorePropertiesType, CorePropertiesPath));
        }

        if (_overrides.Exists(o => o.Path == AppPropertiesPath))
        {
            relationships.Add(new("rId3", XlsxRelationship.OfficeType("extended-properties"), AppPropertiesPath));
        }

        WriteRelationshipsPart("_rels/.rels", relationships);
        WriteContentTypes();
        _completed = true;
        _archive.Dispose();
    }

    public void Dispose() => _archive.Dispose();

    private Stream OpenEntry(string path)
    {
        var entry = _archive.CreateEntry(path, _compression);
        entry.LastWriteTime = _timestamp;
        return entry.Open();
    }

    private void WriteRelationshipsPart(string relsPath, IReadOnlyCollection<XlsxRelationship> relationships)
    {
        using var stream = OpenEntry(relsPath);
        using var writer = CreateXmlWriter(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Relationships", PackageRelationships);
        foreach (var relationship in relationships)
        {
            writer.WriteStartElement("Relationship", PackageRelationships);
            writer.WriteAttributeString("Id", relationship.Id);
            writer.WriteAttributeString("Type", relationship.Type);
            writer.WriteAttributeString("Target", relationship.Target);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private void WriteContentTypes()
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        using var stream = OpenEntry("[Content_Types].xml");
        using var writer = CreateXmlWriter(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("Types", ns);
        foreach (var (extension, type) in new[] { ("rels", RelationshipsContentType), ("xml", "application/xml") })
        {
            writer.WriteStartElement("Default", ns);
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }

        foreach (var (path, type) in _overrides)
        {
            writer.WriteStartElement("Override", ns);
            writer.WriteAttributeString("PartName", "/" + path);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
