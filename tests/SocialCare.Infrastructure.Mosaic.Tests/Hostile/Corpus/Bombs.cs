using System.IO.Compression;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// Small bodies that decompress to a great deal: a gzip body of 1,024 members of 1 MiB of zeros each (1 GiB; .NET
/// reads concatenated members), and deflate and Brotli bodies of 64 MiB. Built once, when first asked for.
/// </summary>
internal static class Bombs
{
    private const int MiB = 1024 * 1024;

    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        var member = Compress(MiB, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true));
        var body = new byte[member.Length * 1024];
        for (var i = 0; i < 1024; i++)
        {
            member.CopyTo(body, i * member.Length);
        }

        return body;
    });

    private static readonly Lazy<byte[]> DeflateBomb = new(() => Compress(64 * MiB, s => new DeflateStream(s, CompressionLevel.SmallestSize, leaveOpen: true)));

    private static readonly Lazy<byte[]> BrotliBomb = new(() => Compress(64 * MiB, s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true)));

    public static byte[] Gzip => GzipBomb.Value;

    public static byte[] Deflate => DeflateBomb.Value;

    public static byte[] Brotli => BrotliBomb.Value;

    /// <summary><paramref name="body"/> compressed once with gzip: an honest compressed answer.</summary>
    public static byte[] Gzipped(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    private static byte[] Compress(int zeros, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            var block = new byte[MiB];
            for (var written = 0; written < zeros; written += block.Length)
            {
                compressing.Write(block);
            }
        }

        return output.ToArray();
    }
}
