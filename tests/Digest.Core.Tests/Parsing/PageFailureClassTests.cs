using System.Text;
using AngleSharp.Html.Parser;
using Digest.Core.Parsing;
using Digest.Core.Parsing.Html;
using Digest.Core.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace Digest.Core.Tests.Parsing;

/// <summary>Classes of failure seen on real pages, each rebuilt as a small synthetic page under TestFiles/Parsing/Pages.</summary>
public sealed class PageFailureClassTests
{
    private const string Headline = "Council approves the new bridge over the river";
    private const string Lede = "The city council on Tuesday approved the construction of a new bridge over the river";

    [Theory]
    [InlineData("comment-first.html")]
    [InlineData("script-first.html")]
    public void A_page_that_opens_with_a_comment_or_a_long_script_is_read_as_html(string page)
    {
        var summary = Parse(Page(page));

        Assert.Null(summary.Error);
        Assert.Equal(Headline, summary.Title);
        Assert.StartsWith(Lede, summary.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("var config", summary.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_megabytes_of_inline_scripts_and_styles_is_read_not_refused()
    {
        var padding = "<script>" + string.Concat(Enumerable.Repeat("window.data.push({\"k\":\"0123456789abcdef\"});\n", 80_000)) + "</script>"
            + "<style>" + string.Concat(Enumerable.Repeat(".c{color:red;margin:0 auto}\n", 40_000)) + "</style>";
        var html = Page("article-in-page.html").Replace("<!--PADDING-->", padding, StringComparison.Ordinal);
        Assert.True(html.Length > 4 * 1024 * 1024);

        var summary = Parse(html);

        Assert.Null(summary.Error);
        Assert.StartsWith(Lede, summary.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_thousands_of_nested_divs_keeps_its_article()
    {
        var html = Page("article-in-page.html").Replace("<!--NESTING-->", string.Concat(Enumerable.Repeat("<div class=\"wrap\">", 20_000)), StringComparison.Ordinal);

        var summary = Parse(html);

        Assert.Null(summary.Error);
        Assert.StartsWith(Lede, summary.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Containers_nested_deeper_than_a_browser_builds_are_flattened_before_parsing()
    {
        var html = Page("article-in-page.html")
            .Replace("<!--NESTING-->", string.Concat(Enumerable.Repeat("<div>", 5_000)), StringComparison.Ordinal)
            .Replace("<!--UNNESTING-->", string.Concat(Enumerable.Repeat("</div>", 5_000)), StringComparison.Ordinal);

        var prepared = HtmlPreprocessor.Prepare(Encoding.UTF8.GetBytes(html)).ToArray();
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(prepared));
        var deepest = document.All.Max(Depth);

        Assert.InRange(deepest, HtmlPreprocessor.MaxNestingDepth, HtmlPreprocessor.MaxNestingDepth + 10);
        Assert.Contains(Lede, document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_and_comments_are_dropped_but_json_ld_is_kept()
    {
        var html = "<html><head><!-- <p>not text</p> --><script>var a = '</div>';</script><script type=\"application/ld+json\">{\"headline\":\"H\"}</script>"
            + "<style>p{}</style></head><body><p>Text</p></body></html>";

        var prepared = Encoding.UTF8.GetString(HtmlPreprocessor.Prepare(Encoding.UTF8.GetBytes(html)).Span);

        Assert.Equal("<html><head><script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head><body><p>Text</p></body></html>", prepared);
    }

    [Fact]
    public void An_article_past_its_time_budget_records_an_error_instead_of_running_on()
    {
        // Every reading of the clock moves it on by a minute, so the budget is spent by the first check.
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromMinutes(1) };
        var parser = new ArticleParser(new ArticleParserOptions(TimeBudget: TimeSpan.FromSeconds(20), Time: clock));

        var summary = parser.Parse(ArticleInput.FromText("slow.html", Page("comment-first.html")));

        Assert.StartsWith("Article took longer than its time budget of 20 s", summary.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, summary.Body);
    }

    [Fact]
    public void A_text_only_pdf_is_recorded_as_an_error_not_read_as_an_article()
    {
        var summary = Parse(Page("text-only.pdf"));

        Assert.Equal("Article is a PDF document, not text, HTML or Markdown", summary.Error);
        Assert.Equal(string.Empty, summary.Title);
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_cut_at_a_paragraph_with_a_warning()
    {
        var paragraph = "The council met again and talked about the bridge for a long time that evening.";
        var text = Headline + "\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 200));
        var parser = new ArticleParser(new ArticleParserOptions(MaxTextChars: 2_000));

        var summary = parser.Parse(ArticleInput.FromText("long.txt", text));

        Assert.Null(summary.Error);
        Assert.InRange(summary.Body.Length, 1_000, 2_000);
        Assert.EndsWith("evening.", summary.Body, StringComparison.Ordinal);
        Assert.Contains(summary.Warnings, w => w.Contains("2000 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_in_a_script_written_without_spaces_keeps_its_title_and_body()
    {
        var summary = new ArticleParser().Parse(ArticleInput.FromText("bridge.txt", "市议会批准新桥\n\n市议会周二在长时间辩论后批准在河上修建一座新桥。市长说，这座桥将于2028年开通。"));

        Assert.Null(summary.Error);
        Assert.Equal("市议会批准新桥", summary.Title);
        Assert.StartsWith("市议会周二", summary.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_of_only_short_lines_keeps_them_as_its_body_rather_than_none()
    {
        var summary = new ArticleParser().Parse(ArticleInput.FromText("short.txt", "Bridge\n\nVote tonight\n\nCouncil decides"));

        Assert.Null(summary.Error);
        Assert.False(string.IsNullOrWhiteSpace(summary.Body));
    }

    private static int Depth(AngleSharp.Dom.IElement element)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            depth++;
        }

        return depth;
    }

    private static string Page(string name) => SeedArticles.TestFile(Path.Combine("Pages", name));

    private static ArticleSummary Parse(string content) =>
        new ArticleParser().Parse(ArticleInput.FromText("page.html", content, new ArticleMetadata(Url: "https://news.example.org/2025/06/05/bridge")));
}
