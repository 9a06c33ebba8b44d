using System.Text.RegularExpressions;
using Digest.Core.Parsing.Html;

namespace Digest.Core.Tests.Parsing.Html;

public sealed partial class UnreadAttributesTests
{
    [Fact]
    public void No_rule_reads_an_attribute_the_parser_leaves_out()
    {
        var rules = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "Digest.Core", "Parsing", "Html"), "*.cs");
        var read = rules
            .SelectMany(file => AttributeRead().Matches(File.ReadAllText(file)))
            .Select(match => match.Groups["name"].Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // The rules do read attributes this way; finding none would mean the pattern no longer sees them.
        Assert.Contains("itemprop", read);
        Assert.Contains("content", read);
        Assert.All(read, name => Assert.True(HtmlArticleExtractor.IsRead(name), $"a rule reads '{name}', which the parser leaves out"));
    }

    [Fact]
    public void Leaves_out_links_and_data_attributes_and_keeps_the_ones_rules_read()
    {
        Assert.False(HtmlArticleExtractor.IsRead("href"));
        Assert.False(HtmlArticleExtractor.IsRead("data-track-id"));
        Assert.False(HtmlArticleExtractor.IsRead("SRCSET"));
        Assert.True(HtmlArticleExtractor.IsRead("class"));
        Assert.True(HtmlArticleExtractor.IsRead("datetime"));
        Assert.True(HtmlArticleExtractor.IsRead("aria-hidden"));
    }

    [Fact]
    public void A_page_parsed_without_its_links_keeps_its_text_metadata_and_hidden_parts_out()
    {
        var html = """
            <html lang="en"><head><meta property="og:title" content="Bridge opens"><meta name="author" content="Amira Hassan"></head>
            <body><article><h1>Bridge opens</h1>
            <p data-id="1">The bridge over the <a href="https://example.org/river">river</a> opened on Monday after three years of work, the council said in a statement that thanked the builders and the neighbours for their patience.</p>
            <p style="display: none">Hidden teaser text</p>
            <p>Traffic will be limited to buses and bicycles for the first month while the council checks how the new junctions cope with the morning rush.</p>
            </article></body></html>
            """;

        var article = new HtmlArticleExtractor().Extract(System.Text.Encoding.UTF8.GetBytes(html), null);

        Assert.Equal("Bridge opens", article.Title);
        Assert.Equal("en", article.Language);
        Assert.Contains(article.Paragraphs, p => p.Contains("over the river opened", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Hidden teaser", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Digest.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: Digest.sln was not found above " + AppContext.BaseDirectory);
    }

    // GetAttribute("x"), HasAttribute("x") and attribute selectors such as [x], [x=...], a[rel~=author].
    [GeneratedRegex("""(?:GetAttribute|HasAttribute)\("(?<name>[A-Za-z-]+)"\)|\[(?<name>[A-Za-z][A-Za-z-]*)\s*(?:[~|^$*]?=|\])""")]
    private static partial Regex AttributeRead();
}
