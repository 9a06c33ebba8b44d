using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Digests;
using Digest.Core.Rendering;
using Digest.Core.Rendering.Model;
using Digest.Core.Stories.Grouping;
using Digest.Core.Summaries;
using Digest.Core.Tests.Stories;

namespace Digest.Core.Tests.Rendering;

public partial class DigestComposerTests
{
    private static readonly IReadOnlyList<ArticleSummary> All = [.. StoryFixtures.Seeds(), .. StoryFixtures.Unrelated()];

    [Fact]
    public void Names_the_top_story_and_the_date_in_the_subject()
    {
        var digest = new DigestComposer().Compose(All, DigestFixtures.Weekly);

        Assert.Equal("NATO to expand Iraq mission from 500 to… (+2 more) – news digest, 22 Feb 2021", digest.Subject);
    }

    [Fact]
    public void Keeps_the_subject_within_80_characters_however_long_the_headline()
    {
        var seeds = StoryFixtures.Seeds().Select((s, i) => s with { Title = string.Join(' ', Enumerable.Repeat("Extraordinarily", 20)) + $" {i}" }).ToList();
        var unbroken = StoryFixtures.Seeds().Select((s, i) => s with { Title = new string('x', 200) + i }).ToList();

        var subjects = new[] { seeds, unbroken }.Select(summaries => new DigestComposer().Compose(summaries, DigestFixtures.Weekly).Subject).ToList();

        Assert.All(subjects, subject => Assert.InRange(subject.Length, 40, 80));
        Assert.All(subjects, subject => Assert.EndsWith("… – news digest, 22 Feb 2021", subject, StringComparison.Ordinal));
    }

    [Fact]
    public void Says_in_the_digest_that_nothing_arrived()
    {
        var digest = new DigestComposer().Compose([], DigestFixtures.Weekly);

        Assert.Contains("No articles since 15 Feb 2021 07:00 UTC: nothing to report.", digest.Html, StringComparison.Ordinal);
        Assert.Contains("No articles since 15 Feb 2021 07:00 UTC: nothing to report.", digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_times_in_the_readers_time_zone_and_names_it()
    {
        var berlin = DigestOptions.Default with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin") };
        var late = new DigestRequest(new DateTimeOffset(2021, 2, 22, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2021, 2, 15, 7, 0, 0, TimeSpan.Zero));

        var model = ModelOf(new DigestComposer(EmbeddedTemplateSource.Instance, berlin), All, late);
        var utc = ModelOf(new DigestComposer(), All, late);

        Assert.Equal(("News digest, 23 Feb 2021", "23 Feb 2021 00:30 Europe/Berlin", "15 Feb 2021 08:00 Europe/Berlin"), (model.Title, model.GeneratedAt, model.Since));
        Assert.Equal(("News digest, 22 Feb 2021", "22 Feb 2021 23:30 UTC"), (utc.Title, utc.GeneratedAt));
    }

    [Fact]
    public void Keeps_the_subject_on_one_line_whatever_the_title_holds()
    {
        var seeds = StoryFixtures.Seeds().Select(s => s with { Title = "Line one\r\nBcc: someone@example.com" }).ToList();

        var digest = new DigestComposer().Compose(seeds, DigestFixtures.Weekly);

        Assert.DoesNotContain('\n', digest.Subject);
        Assert.DoesNotContain('\r', digest.Subject);
    }

    [Fact]
    public void Keeps_both_parts_within_the_byte_budget_cutting_the_lower_stories_to_their_latest_entries_first()
    {
        var multi = StoryFixtures.MultiStory();
        var full = new DigestComposer().Compose(multi, DigestFixtures.Weekly);
        var all = StoredJson.Deserialize<DigestModel>(full.Json)!;
        var budget = Encoding.UTF8.GetByteCount(full.Html) * 9 / 10;

        var fitted = new DigestComposer(EmbeddedTemplateSource.Instance, DigestOptions.Default with { MaxPartBytes = budget }).Compose(multi, DigestFixtures.Weekly);

        Assert.InRange(Encoding.UTF8.GetByteCount(fitted.Html), 1, budget);
        Assert.InRange(Encoding.UTF8.GetByteCount(fitted.Text), 1, budget);
        var shown = StoredJson.Deserialize<DigestModel>(fitted.Json)!;
        Assert.Equal(all.Stories.Count, shown.Stories.Count);
        Assert.Equal(all.Stories[0].Developments.Count, shown.Stories[0].Developments.Count);
        Assert.Contains(shown.Stories.Skip(1), s => s.Developments.Count < all.Stories.Single(a => a.Headline == s.Headline).Developments.Count);
        Assert.All(shown.Stories.Skip(1), s => Assert.Equal(all.Stories.Single(a => a.Headline == s.Headline).Developments[^1].Date, s.Developments[^1].Date));
    }

    [Fact]
    public void Shows_fewer_stories_in_full_when_their_cut_timelines_still_do_not_fit()
    {
        var multi = StoryFixtures.MultiStory();
        var full = new DigestComposer().Compose(multi, DigestFixtures.Weekly);
        var all = StoredJson.Deserialize<DigestModel>(full.Json)!;
        var budget = Encoding.UTF8.GetByteCount(full.Html) / 2;

        var fitted = new DigestComposer(EmbeddedTemplateSource.Instance, DigestOptions.Default with { MaxPartBytes = budget }).Compose(multi, DigestFixtures.Weekly);

        Assert.InRange(Encoding.UTF8.GetByteCount(fitted.Html), 1, budget);
        var shown = StoredJson.Deserialize<DigestModel>(fitted.Json)!;
        Assert.True(shown.Stories.Count < all.Stories.Count, "A story gives way to fit.");
        Assert.Equal(all.Stories.Count, shown.Stories.Count + shown.MoreStoryCount);
        Assert.Equal(all.Stories[0].Headline, shown.Stories[0].Headline);
    }

    [Fact]
    public void Renders_once_and_unchanged_when_the_digest_fits()
    {
        var digest = new DigestComposer().Compose(All, DigestFixtures.Weekly);
        var model = StoredJson.Deserialize<DigestModel>(digest.Json)!;

        Assert.Equal(new StoryGrouper().Group(All).Count, model.Stories.Count);
        Assert.Equal(0, model.MoreStoryCount);
        Assert.Null(digest.Full);
        Assert.Null(StoredJson.Deserialize<DigestModel>(digest.Json)!.FullDigest);
        Assert.DoesNotContain("full digest", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_a_shortened_digest_to_the_whole_one_it_keeps_beside_it()
    {
        var multi = StoryFixtures.MultiStory();
        var whole = new DigestComposer().Compose(multi, DigestFixtures.Weekly);
        var budget = Encoding.UTF8.GetByteCount(whole.Html) / 2;
        var link = new FullDigestLink("https://example.blob.core.windows.net/digests/2021/02/22/0700.full.html?sv=1&sig=x", "digests/2021/02/22/0700.full.html", DigestFixtures.Weekly.GeneratedAt.AddDays(7));

        var fitted = new DigestComposer(EmbeddedTemplateSource.Instance, DigestOptions.Default with { MaxPartBytes = budget })
            .Compose(multi, DigestFixtures.Weekly with { FullDigest = link });

        var shown = StoredJson.Deserialize<DigestModel>(fitted.Json)!;
        Assert.NotNull(fitted.Full);
        Assert.Equal(whole.Html, fitted.Full.Html);
        Assert.Null(fitted.Full.Full);
        Assert.NotNull(shown.FullDigest);
        Assert.Equal(StoredJson.Deserialize<DigestModel>(whole.Json)!.Stories.Count - shown.Stories.Count, shown.FullDigest.MoreStoryCount);
        Assert.Contains("href=\"https://example.blob.core.windows.net/digests/2021/02/22/0700.full.html?sv=1&amp;sig=x\"", fitted.Html, StringComparison.Ordinal);
        Assert.Contains($"In the full digest: {shown.FullDigest.MoreStoryCount} more stor", fitted.Text, StringComparison.Ordinal);
        Assert.Contains("Full digest: https://example.blob.core.windows.net/digests/2021/02/22/0700.full.html?sv=1&sig=x (valid until 1 Mar 2021", fitted.Text, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(fitted.Html), 1, budget);
    }

    [Fact]
    public void Names_where_the_whole_digest_is_stored_when_no_link_could_be_made()
    {
        var multi = StoryFixtures.MultiStory();
        var budget = Encoding.UTF8.GetByteCount(new DigestComposer().Compose(multi, DigestFixtures.Weekly).Html) / 2;

        var fitted = new DigestComposer(EmbeddedTemplateSource.Instance, DigestOptions.Default with { MaxPartBytes = budget })
            .Compose(multi, DigestFixtures.Weekly with { FullDigest = new FullDigestLink(null, "digests/2021/02/22/0700.full.html") });

        Assert.Contains("It is stored as digests/2021/02/22/0700.full.html.", fitted.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Open the full digest", fitted.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    public void Never_links_the_whole_digest_through_another_scheme(string url)
    {
        var multi = StoryFixtures.MultiStory();
        var budget = Encoding.UTF8.GetByteCount(new DigestComposer().Compose(multi, DigestFixtures.Weekly).Html) / 2;

        var fitted = new DigestComposer(EmbeddedTemplateSource.Instance, DigestOptions.Default with { MaxPartBytes = budget })
            .Compose(multi, DigestFixtures.Weekly with { FullDigest = new FullDigestLink(url, "digests/x.full.html") });

        Assert.Null(StoredJson.Deserialize<DigestModel>(fitted.Json)!.FullDigest!.Url);
        Assert.DoesNotContain(url, fitted.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_each_inline_style_once_as_a_class()
    {
        var html = new DigestComposer().Compose(All, DigestFixtures.Weekly).Html;
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];

        Assert.DoesNotContain(" style=\"", body, StringComparison.Ordinal);
        Assert.Contains("<table role=\"presentation\" class=\"card d", body, StringComparison.Ordinal);
        Assert.Matches(@"\.d0 \{ margin:0;padding:0;background:#f2f4f6;color:#1f2933 \}", html);
    }

    [Fact]
    public void Says_so_in_the_subject_when_there_is_nothing()
    {
        var digest = new DigestComposer().Compose([], DigestFixtures.Weekly);

        Assert.Equal("News digest, 22 Feb 2021: nothing new", digest.Subject);
    }

    [Fact]
    public void Marks_as_new_only_developments_reported_since_the_last_digest()
    {
        var model = ModelOf(new DigestComposer(), StoryFixtures.Seeds(), DigestFixtures.Weekly);

        var story = Assert.Single(model.Stories);
        Assert.Equal(["18 Feb 2021"], story.Developments.Where(d => d.IsNew).Select(d => d.Date));
        Assert.Equal([false, true], story.Figures.Single().Steps.Select(s => s.IsNew));
        Assert.Equal(1, model.NewDevelopmentCount);
    }

    [Fact]
    public void Counts_as_new_an_article_that_arrived_since_the_last_digest_whatever_its_date()
    {
        // Every seed was published before the cut-off; one of them reached the runtime only after it (an archive uploaded late).
        var seeds = StoryFixtures.Seeds();
        var cutoff = new DateTimeOffset(2021, 2, 20, 7, 0, 0, TimeSpan.Zero);
        var arrivals = seeds.ToDictionary(s => s.Name, s => s == seeds[0] ? cutoff.AddHours(3) : cutoff.AddDays(-5), StringComparer.Ordinal);
        var request = new DigestRequest(cutoff.AddDays(1), cutoff, arrivals);

        var model = ModelOf(new DigestComposer(), seeds, request);
        var byPublication = ModelOf(new DigestComposer(), seeds, request with { Arrivals = null });

        var story = Assert.Single(model.Stories);
        Assert.True(story.NewDevelopmentCount > 0, "The late arrival's developments are new.");
        Assert.NotEmpty(model.New);
        Assert.Equal(0, Assert.Single(byPublication.Stories).NewDevelopmentCount);
        Assert.Empty(byPublication.New);
    }

    [Fact]
    public void Sums_up_what_is_new_since_the_last_digest_first()
    {
        var model = ModelOf(new DigestComposer(), StoryFixtures.Seeds(), DigestFixtures.Weekly);

        Assert.Collection(
            model.New,
            d => Assert.Equal(("18 Feb 2021", "NATO Secretary-General Jens Stoltenberg said on Thursday that the alliance decided to expand a NATO training mission in Iraq from 500 to around 4,000 personnel."), (d.Date, d.Text)),
            f => Assert.Equal("NATO training mission in Iraq, personnel: about 500 → about 4,000", f.Text));
    }

    [Fact]
    public void Treats_everything_as_new_without_a_previous_digest()
    {
        var model = ModelOf(new DigestComposer(), StoryFixtures.Seeds(), DigestFixtures.First);

        Assert.All(model.Stories.Single().Developments, d => Assert.True(d.IsNew));
        Assert.Null(model.Since);
        Assert.Empty(model.New);
    }

    [Fact]
    public void Puts_the_story_with_most_articles_first_among_equally_new_ones()
    {
        var model = ModelOf(new DigestComposer(), All, DigestFixtures.Weekly);

        Assert.Equal(5, model.Stories[0].ArticleCount);
        Assert.Equal(3, model.Stories.Count);
    }

    [Fact]
    public void Lists_every_article_in_the_sources_section()
    {
        var model = ModelOf(new DigestComposer(), All, DigestFixtures.Weekly);

        Assert.Equal(All.Select(a => a.Name).Order(), model.Sources.Select(s => s.Name).Order());
        Assert.Equal(Enumerable.Range(1, All.Count), model.Sources.Select(s => s.Number));
    }

    [Fact]
    public void Shows_the_figure_change_from_500_to_4000()
    {
        var digest = new DigestComposer().Compose(StoryFixtures.Seeds(), DigestFixtures.Weekly);

        Assert.Contains("about 500 (2018 – 23 Oct 2020) → about 4,000 (18–19 Feb 2021)", digest.Text, StringComparison.Ordinal);
        Assert.Contains("width=\"13%\"", digest.Html, StringComparison.Ordinal);
        Assert.Contains("width=\"100%\" height=\"14\"", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_a_development_to_its_article_url_when_known()
    {
        var digest = new DigestComposer().Compose(All, DigestFixtures.Weekly);

        Assert.Matches("<a class=\"link d[0-9]+\" href=\"https://sport.example.com/football/harbour-city-northgate\"", digest.Html);
    }

    [Fact]
    public void Cites_an_article_without_a_link_by_its_outlet_or_headline_never_its_file_name()
    {
        var digest = new DigestComposer().Compose(All, DigestFixtures.Weekly);

        Assert.DoesNotContain("_438cfef368783ca7", digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("_438cfef368783ca7", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Sources: NATO to expand Iraq mission from 500 to around 4,000 troops… [", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_every_story_a_period_even_without_a_dated_entry()
    {
        var undated = StoryFixtures.UnrelatedOne("tech") with { Dates = [], KeySentences = [] };

        var model = ModelOf(new DigestComposer(), [undated], DigestFixtures.First);

        Assert.NotEqual(string.Empty, Assert.Single(model.Stories).Period);
    }

    [Fact]
    public void Never_links_to_an_address_that_is_not_http()
    {
        var tech = StoryFixtures.UnrelatedOne("tech") with { Url = "javascript:alert(1)" };

        var digest = new DigestComposer().Compose([tech], DigestFixtures.Weekly);

        Assert.DoesNotContain("javascript:", digest.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Null(StoredJson.Deserialize<DigestModel>(digest.Json).Sources.Single().Url);
    }

    [Fact]
    public void Serialises_the_model_it_rendered_as_json()
    {
        var composer = new DigestComposer();

        var digest = composer.Compose(All, DigestFixtures.Weekly);

        var model = StoredJson.Deserialize<DigestModel>(digest.Json);
        Assert.Equal(StoredJson.Serialize(model), digest.Json);
        Assert.Equal("NATO to expand Iraq mission from 500 to around 4,000 troops to fight 'terrorism'", model.Stories[0].Headline);
        Assert.Contains("\"newDevelopmentCount\"", digest.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_email_safe_html()
    {
        var html = new DigestComposer().Compose(All, DigestFixtures.Weekly).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<meta name=\"color-scheme\" content=\"light dark\">", html, StringComparison.Ordinal);
        Assert.Contains("width=\"640\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.All(OpeningTags().Matches(html).Select(m => m.Groups[1].Value), tag => Assert.Contains(tag, AllowedTags));
    }

    [Fact]
    public void Gives_the_text_part_the_same_content_as_the_html_part()
    {
        var digest = new DigestComposer().Compose(All, DigestFixtures.Weekly);
        var model = StoredJson.Deserialize<DigestModel>(digest.Json);

        var sentences = model.Stories.SelectMany(s => s.Developments).SelectMany(d => d.Sentences).ToList();
        Assert.All(sentences, s => Assert.Contains(s, digest.Text, StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.Contains(System.Net.WebUtility.HtmlEncode(s), digest.Html, StringComparison.Ordinal));
    }

    private static readonly string[] AllowedTags =
        ["html", "head", "meta", "title", "style", "body", "table", "tr", "td", "h1", "h2", "h3", "p", "span", "strong", "br", "a", "time"];

    [GeneratedRegex(@"<([a-z][a-z0-9]*)\b")]
    private static partial Regex OpeningTags();

    // The model as the digest's JSON part carries it: the whole model when the digest fits its budget, as these do.
    private static DigestModel ModelOf(DigestComposer composer, IReadOnlyList<ArticleSummary> summaries, DigestRequest request) =>
        StoredJson.Deserialize<DigestModel>(composer.Compose(summaries, request).Json)!;
}
