using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CoachBot.Deploy.Tests;

/// <summary>
/// A minimal PNG reader for the Teams icons: the IHDR header for any PNG, and the pixels of
/// 8-bit RGBA, non-interlaced images (what deploy/teams/make_icons.py writes).
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte bitDepth, byte colorType, byte interlace, byte[] data)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Interlace = interlace;
        _compressed = data;
    }

    private readonly byte[] _compressed;

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>6 is RGBA (truecolour with alpha).</summary>
    public byte ColorType { get; }

    public byte Interlace { get; }

    /// <summary>Reads the chunks; throws <see cref="InvalidDataException"/> when it is not a PNG.</summary>
    public static PngImage Read(byte[] bytes)
    {
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: the signature is missing.");
        }

        var offset = 8;
        (int Width, int Height, byte Depth, byte Color, byte Interlace)? header = null;
        using var idat = new MemoryStream();
        while (offset + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var body = bytes.AsSpan(offset + 8, length);
            if (header is null && type != "IHDR")
            {
                throw new InvalidDataException("Not a PNG: IHDR is not the first chunk.");
            }

            switch (type)
            {
                case "IHDR":
                    header = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]), body[8], body[9], body[12]);
                    break;
                case "IDAT":
                    idat.Write(body);
                    break;
            }

            offset += length + 12;
            if (type == "IEND")
            {
                break;
            }
        }

        var h = header ?? throw new InvalidDataException("Not a PNG: no IHDR.");
        return new PngImage(h.Width, h.Height, h.Depth, h.Color, h.Interlace, idat.ToArray());
    }

    /// <summary>The pixels as RGBA bytes, row by row (8-bit RGBA, non-interlaced only).</summary>
    public byte[] DecodeRgba()
    {
        if (BitDepth != 8 || ColorType != 6 || Interlace != 0)
        {
            throw new NotSupportedException($"Only 8-bit non-interlaced RGBA is decoded (bit depth {BitDepth}, colour type {ColorType}, interlace {Interlace}).");
        }

        const int bpp = 4;
        var stride = Width * bpp;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(_compressed), CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var pixels = new byte[Height * stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bpp ? row[x - bpp] : 0;
                int up = above[x];
                int upLeft = x >= bpp ? above[x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} on row {y}."),
                };
                row[x] = (byte)(line[x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
