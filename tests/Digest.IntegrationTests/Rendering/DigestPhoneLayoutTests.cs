using System.Net;
using System.Text.RegularExpressions;
using Digest.IntegrationTests.TestSupport;

namespace Digest.IntegrationTests.Rendering;

/// <summary>
/// The digest as phones show it (360-390 px wide) and in dark mode, in headless Chromium. Headless Chromium will not make a
/// window narrower than 500 px, so the digest is laid out in an iframe of the phone's width, whose document the page
/// measures and writes into an attribute for the test to read.
/// </summary>
public sealed partial class DigestPhoneLayoutTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("digest-phone-");

    [Theory]
    [InlineData(390)]
    [InlineData(360)]
    public async Task The_seed_digest_is_no_wider_than_a_phone(int width)
    {
        var measured = await MeasureAsync(await SeedDigest.HtmlAsync(), width, dark: false);

        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), measured["viewport"]);
        Assert.True(int.Parse(measured["scroll"], System.Globalization.CultureInfo.InvariantCulture) <= width, $"The page is {measured["scroll"]} px wide in a {width} px phone: it scrolls sideways.");
    }

    [Fact]
    public async Task A_long_unbroken_word_wraps_instead_of_widening_the_page()
    {
        var html = (await SeedDigest.HtmlAsync()).Replace("</h1>", " " + new string('w', 120) + "</h1>", StringComparison.Ordinal);

        var measured = await MeasureAsync(html, 390, dark: false);

        Assert.True(int.Parse(measured["scroll"], System.Globalization.CultureInfo.InvariantCulture) <= 390, $"The page is {measured["scroll"]} px wide.");
    }

    [Fact]
    public async Task Dark_mode_shows_light_text_on_a_dark_card()
    {
        var measured = await MeasureAsync(await SeedDigest.HtmlAsync(), 390, dark: true);

        Assert.Equal("rgb(28, 33, 38)", measured["card"]);
        Assert.Equal("rgb(230, 233, 236)", measured["ink"]);
    }

    [Fact]
    public async Task Light_mode_shows_dark_text_on_a_white_card()
    {
        var measured = await MeasureAsync(await SeedDigest.HtmlAsync(), 390, dark: false);

        Assert.Equal("rgb(255, 255, 255)", measured["card"]);
        Assert.Equal("rgb(31, 41, 51)", measured["ink"]);
    }

    [Fact]
    public async Task Chromium_screenshots_the_seed_digest_on_a_phone_in_light_and_dark_mode()
    {
        // Kept beside the test binaries (git-ignored) for a person to look at after the run.
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        var page = await FramedAsync(await SeedDigest.HtmlAsync(), 390, 1600, measure: false);
        foreach (var (dark, name) in new[] { (false, "seeds-digest-phone.png"), (true, "seeds-digest-phone-dark.png") })
        {
            var screenshot = new FileInfo(Path.Combine(artifacts.FullName, name));
            screenshot.Delete();

            await Chromium.ScreenshotAsync(page, screenshot, 500, 1600, dark);

            screenshot.Refresh();
            Assert.True(screenshot.Exists && screenshot.Length > 20_000, $"Chromium wrote no usable screenshot to {screenshot.FullName}");
        }
    }

    public void Dispose() => _work.Delete(recursive: true);

    private async Task<Dictionary<string, string>> MeasureAsync(string digestHtml, int width, bool dark)
    {
        var page = await FramedAsync(digestHtml, width, 844, measure: true);
        var dom = await Chromium.DumpDomAsync(page, 500, 900, dark);
        var attribute = MeasuredAttribute().Match(dom);
        Assert.True(attribute.Success, "The page wrote no measurements; did the iframe load?" + Environment.NewLine + dom[..Math.Min(dom.Length, 2000)]);
        return WebUtility.HtmlDecode(attribute.Groups[1].Value).Split(';')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
    }

    /// <summary>A page holding the digest in an iframe of the phone's width (srcdoc, so the page may read its document).</summary>
    private async Task<FileInfo> FramedAsync(string digestHtml, int width, int height, bool measure)
    {
        var script = measure
            ? """
              <script>
              const frame = document.getElementById('phone');
              frame.addEventListener('load', () => {
                const doc = frame.contentDocument, view = frame.contentWindow;
                const colour = (selector, property) => view.getComputedStyle(doc.querySelector(selector))[property];
                document.body.setAttribute('data-measured', 'scroll=' + doc.documentElement.scrollWidth + ';viewport=' + view.innerWidth
                  + ';card=' + colour('.card', 'backgroundColor') + ';ink=' + colour('h1.ink', 'color'));
              });
              </script>
              """
            : "";
        var page = new FileInfo(Path.Combine(_work.FullName, $"phone-{width}-{Guid.NewGuid():N}.html"));
        await File.WriteAllTextAsync(page.FullName,
            $"""<!DOCTYPE html><html><body style="margin:0"><iframe id="phone" width="{width}" height="{height}" style="border:0;display:block" srcdoc="{WebUtility.HtmlEncode(digestHtml)}"></iframe>{script}</body></html>""");
        return page;
    }

    [GeneratedRegex("data-measured=\"([^\"]*)\"")]
    private static partial Regex MeasuredAttribute();
}
