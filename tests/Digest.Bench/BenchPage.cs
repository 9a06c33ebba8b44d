using System.IO.Compression;

namespace Digest.Bench;

/// <summary>One benchmark page: its file, URL, and raw (decompressed) bytes.</summary>
public sealed record BenchPage(string Id, string FileName, string Url, byte[] Content)
{
    public static BenchPage Load(string path, string id, string url)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return new BenchPage(id, Path.GetFileName(path), url, buffer.ToArray());
    }
}
