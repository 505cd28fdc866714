using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tarmeem.Host.StoreCopy;

/// <summary>
/// SHA-256 over a canonical form of rows read through ADO.NET, the same whichever database they come from: the column
/// names, then per value a tag and its text — N for NULL, I and the decimal digits for any integer (so PostgreSQL's
/// INTEGER and BIGINT hash as SQLite's INTEGER), T, the UTF-8 length and the UTF-8 bytes for text, R for a real
/// (round-trip digits), B with length and bytes for a blob. Lengths make the encoding unambiguous without separators.
/// </summary>
internal sealed class RowChecksum : IDisposable
{
    private const int FlushAt = 60 * 1024;

    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly ArrayBufferWriter<byte> buffer = new(FlushAt + 4096);
    private readonly string table;

    public RowChecksum(CopyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        this.table = table.Name;
        foreach (var column in table.Columns)
        {
            Text(column.Name);
        }
    }

    public long Rows { get; private set; }

    /// <summary>Adds the reader's current row.</summary>
    public void Add(DbDataReader row)
    {
        for (var ordinal = 0; ordinal < row.FieldCount; ordinal++)
        {
            Value(row, ordinal);
        }

        Rows++;
        if (buffer.WrittenCount >= FlushAt)
        {
            Flush();
        }
    }

    /// <summary>The checksum in lower-case hex; the instance is spent.</summary>
    public string Finish()
    {
        Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose() => hash.Dispose();

    private void Value(DbDataReader row, int ordinal)
    {
        if (row.IsDBNull(ordinal))
        {
            Tag('N');
            return;
        }

        switch (row.GetValue(ordinal))
        {
            case long value:
                Integer(value);
                break;
            case int value:
                Integer(value);
                break;
            case short value:
                Integer(value);
                break;
            case bool value:
                Integer(value ? 1 : 0);
                break;
            case string value:
                Text(value);
                break;
            case double value:
                Tag('R');
                Ascii(value.ToString("R", CultureInfo.InvariantCulture));
                break;
            case byte[] value:
                Tag('B');
                Ascii(value.Length.ToString(CultureInfo.InvariantCulture) + ":");
                buffer.Write(value);
                break;
            case var other:
                throw new StoreCopyException(
                    $"Table {table}, column {row.GetName(ordinal)} holds a {other.GetType().Name}, which the copy cannot "
                    + "compare between the stores: this build cannot copy this store.");
        }
    }

    private void Integer(long value)
    {
        Tag('I');
        var span = buffer.GetSpan(21);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        buffer.Advance(written);
        Tag(';');
    }

    private void Text(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Tag('T');
        Ascii(length.ToString(CultureInfo.InvariantCulture) + ":");
        var span = buffer.GetSpan(length);
        buffer.Advance(Encoding.UTF8.GetBytes(value, span));
    }

    private void Ascii(string value)
    {
        var span = buffer.GetSpan(value.Length);
        buffer.Advance(Encoding.ASCII.GetBytes(value, span));
    }

    private void Tag(char tag)
    {
        buffer.GetSpan(1)[0] = (byte)tag;
        buffer.Advance(1);
    }

    private void Flush()
    {
        hash.AppendData(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }
}
