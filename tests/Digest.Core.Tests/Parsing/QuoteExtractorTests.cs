using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string body)
    {
        var sentences = SentenceSplitter.SplitBody(body);
        return QuoteExtractor.Extract(body, sentences, EntityExtractor.Extract(sentences));
    }

    private static IReadOnlyList<Quote> ExtractFile(string file) => SeedArticles.ParseTestFile(file).Quotes;

    [Fact]
    public void Attributes_said_name_and_name_said_to_the_full_name()
    {
        var quotes = Extract("Jens Stoltenberg arrived.\n\n“We need to be able to conduct operations,” said Stoltenberg.\n\n“People in Iraq have suffered a great deal,” Stoltenberg said.");

        Assert.Equal(["Jens Stoltenberg", "Jens Stoltenberg"], quotes.Select(q => q.Speaker));
        Assert.Equal("We need to be able to conduct operations", quotes[0].Text);
    }

    [Fact]
    public void Attributes_he_said_to_last_named_person()
    {
        var quotes = ExtractFile("he-said.txt");

        Assert.Equal(["Maria Lopez", "Tom Reed"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Does_not_attribute_he_said_to_someone_named_in_passing()
    {
        var quotes = Extract("Jens Stoltenberg spoke first.\n\nMinisters answered a call by US President Donald Trump on the alliance.\n\n“We will also look into what we can do beyond Iraq,” he said.");

        Assert.Equal("Jens Stoltenberg", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Attributes_a_title_to_its_holder()
    {
        var quotes = ExtractFile("quotes-mixed-marks.txt");

        Assert.Contains(quotes, q => q.Text.StartsWith("We remain committed", StringComparison.Ordinal) && q.Speaker == "Anna Holm");
    }

    [Fact]
    public void Pairs_straight_and_curly_marks_and_tolerates_an_unclosed_one()
    {
        var quotes = ExtractFile("quotes-mixed-marks.txt");

        Assert.Contains(quotes, q => q.Text == "Our training continues in every province we work in" && q.Speaker == "Anna Holm");
        Assert.DoesNotContain(quotes, q => q.Text.Contains("turning point", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Text.Contains("reviewed next year", StringComparison.Ordinal));
    }

    [Fact]
    public void Skips_scare_quotes_of_one_to_three_words()
    {
        var quotes = ExtractFile("quotes-mixed-marks.txt");

        Assert.DoesNotContain(quotes, q => q.Text == "incremental");
    }

    [Fact]
    public void Carries_the_speaker_into_a_following_unattributed_quotation()
    {
        var quotes = Extract("“We discussed the situation in the region,” Jens Stoltenberg said. “The ministers agreed to activate our mission.”");

        Assert.Equal(["Jens Stoltenberg", "Jens Stoltenberg"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Attributes_according_to_and_name_verb_that()
    {
        var quotes = Extract("According to Jens Stoltenberg, “it is premature to talk yet” about it. Stoltenberg warned that \"a dilemma will arise soon.\"");

        Assert.Equal(["Jens Stoltenberg", "Jens Stoltenberg"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Treats_a_stray_closing_mark_as_an_opening_one()
    {
        var spans = QuoteExtractor.Spans("a call on the alliance to” become more involved in the Middle East\".");

        Assert.Equal("become more involved in the Middle East", Assert.Single(spans).Text);
    }

    [Fact]
    public void Attributes_a_quote_by_epithet_to_the_person_last_named()
    {
        var summary = SeedArticles.ParseTestFile("epithet-speaker.txt");

        Assert.Contains(summary.Quotes, q => q.Text.StartsWith("the only way to keep the boats safe", StringComparison.Ordinal) && q.Speaker == "Jane Okafor");
    }

    [Fact]
    public void Attributes_the_seed_quotes_told_by_title_to_stoltenberg()
    {
        var summary = SeedArticles.Parse("000_885cdbf6f613627e");

        Assert.All(summary.Quotes, q => Assert.Equal("Jens Stoltenberg", q.Speaker));
    }

    [Fact]
    public void Attributes_the_words_of_a_call_to_whoever_made_it()
    {
        var summary = SeedArticles.ParseTestFile("call-by.txt");

        Assert.Contains(summary.Quotes, q => q.Text.StartsWith("stop treating the river", StringComparison.Ordinal) && q.Speaker == "Petra Novak");
    }
}
