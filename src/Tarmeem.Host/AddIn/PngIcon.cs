using System.IO.Compression;
using System.Buffers.Binary;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// The add-in's icon, drawn rather than stored: a teal rounded square with a white check (the colour icon) or a white
/// check on transparency (the 32 px outline icon the unified manifest requires).
/// </summary>
internal static class PngIcon
{
    private static readonly byte[] Teal = [0x1F, 0x6F, 0x5C, 0xFF];
    private static readonly byte[] White = [0xFF, 0xFF, 0xFF, 0xFF];
    private static readonly byte[] Clear = [0, 0, 0, 0];

    public static byte[] Draw(int size, bool outline)
    {
        var raw = new byte[size * ((size * 4) + 1)];
        for (var y = 0; y < size; y++)
        {
            var row = y * ((size * 4) + 1);
            raw[row] = 0; // filter: none
            for (var x = 0; x < size; x++)
            {
                var colour = OnCheck(x, y, size) ? White : (outline || !InRoundedSquare(x, y, size) ? Clear : Teal);
                colour.CopyTo(raw, row + 1 + (x * 4));
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static bool InRoundedSquare(int x, int y, int size)
    {
        var radius = size / 5.0;
        var cx = Math.Clamp(x + 0.5, radius, size - radius);
        var cy = Math.Clamp(y + 0.5, radius, size - radius);
        return Math.Pow(x + 0.5 - cx, 2) + Math.Pow(y + 0.5 - cy, 2) <= radius * radius;
    }

    /// <summary>Two strokes of a check mark, each within a tenth of the size of its line.</summary>
    private static bool OnCheck(int x, int y, int size)
    {
        var (px, py) = ((x + 0.5) / size, (y + 0.5) / size);
        return NearSegment(px, py, 0.25, 0.52, 0.43, 0.70) || NearSegment(px, py, 0.43, 0.70, 0.76, 0.33);
    }

    private static bool NearSegment(double px, double py, double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var t = Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        var (nx, ny) = (ax + (t * dx) - px, ay + (t * dy) - py);
        return (nx * nx) + (ny * ny) <= 0.0049;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
