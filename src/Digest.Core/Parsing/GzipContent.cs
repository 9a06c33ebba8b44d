using System.IO.Compression;

namespace Digest.Core.Parsing;

/// <summary>Recognises gzip-compressed articles (saved pages are often <c>.html.gz</c>) by their magic bytes and inflates them within the size limit.</summary>
internal static class GzipContent
{
    public static bool IsGzip(ReadOnlySpan<byte> content) => content.Length >= 2 && content[0] == 0x1F && content[1] == 0x8B;

    public static (ReadOnlyMemory<byte> Content, string? Error) Inflate(ReadOnlyMemory<byte> compressed, int maxBytes)
    {
        try
        {
            using var input = new MemoryStream(compressed.ToArray(), writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                // Stop at the limit rather than after: a small file can inflate to gigabytes.
                if (output.Length + read > maxBytes)
                {
                    return (default, $"Article is too large: more than {maxBytes} bytes once decompressed");
                }

                output.Write(buffer, 0, read);
            }

            // A cut-off download inflates without complaint; the trailer's length field tells.
            var span = compressed.Span;
            var declared = span.Length >= 18 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(span[^4..]) : uint.MaxValue;
            if (declared != (uint)output.Length)
            {
                return (default, "Article looks gzip-compressed but the stream is truncated");
            }

            return (output.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            return (default, $"Article looks gzip-compressed but cannot be decompressed: {e.Message}");
        }
    }
}
