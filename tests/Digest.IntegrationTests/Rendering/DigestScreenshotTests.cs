using System.Buffers.Binary;
using Digest.IntegrationTests.TestSupport;

namespace Digest.IntegrationTests.Rendering;

public sealed class DigestScreenshotTests : IDisposable
{
    private const int Width = 700;
    private const int Height = 2400;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("digest-screenshot-");

    [Fact]
    public async Task Chromium_renders_the_seed_digest_into_a_full_size_png()
    {
        var page = new FileInfo(Path.Combine(_work.FullName, "seeds-digest.html"));
        await File.WriteAllTextAsync(page.FullName, await SeedDigest.HtmlAsync());
        // Kept beside the test binaries (git-ignored) for a person to look at after the run.
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        var screenshot = new FileInfo(Path.Combine(artifacts.FullName, "seeds-digest.png"));
        screenshot.Delete();

        await Chromium.ScreenshotAsync(page, screenshot, Width, Height);

        screenshot.Refresh();
        Assert.True(screenshot.Exists, $"Chromium wrote no screenshot to {screenshot.FullName}");
        var png = await File.ReadAllBytesAsync(screenshot.FullName);
        Assert.Equal(PngSignature, png.AsSpan(0, PngSignature.Length).ToArray());
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        // A blank page of this size compresses to a few kilobytes; text, timeline and chart take far more.
        Assert.True(png.Length > 40_000, $"The screenshot is only {png.Length} bytes; the page looks empty.");
    }

    public void Dispose() => _work.Delete(recursive: true);
}
