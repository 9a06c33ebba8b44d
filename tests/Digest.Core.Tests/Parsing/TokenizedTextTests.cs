using Digest.Core.Parsing;
using Digest.Core.Summaries;
using Digest.Core.Tests.Stories;

namespace Digest.Core.Tests.Parsing;

public class TokenizedTextTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Parsing", "Tokenized");

    [Fact]
    public void Joins_brackets_quotes_contractions_and_punctuation_back_to_their_words()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "ptb-report.txt"));

        Assert.True(TokenizedText.LooksTokenized(text));
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "ptb-report.expected.txt")), TokenizedText.Restore(text));
    }

    [Fact]
    public void One_quotation_in_tokens_marks_a_short_text_as_tokenized()
    {
        const string text = "Jermaine Jackson punched the air in celebration , while LaToya Jackson said the verdict was `` wonderful , it 's over '' .";

        Assert.True(TokenizedText.LooksTokenized(text));
        Assert.Equal("Jermaine Jackson punched the air in celebration, while LaToya Jackson said the verdict was “wonderful, it's over”.", TokenizedText.Restore(text));
    }

    public static TheoryData<string> OrdinaryTexts()
    {
        var data = new TheoryData<string>
        {
            // French typography spaces question marks, colons and guillemets off their words, never commas.
            "Pourquoi l'OTAN s'étend-elle ? Le ministre a répondu : « Nous devons agir », a-t-il dit, puis il est parti.",
            // One stray space before a comma is a typo, not a tokenizer.
            "The minister , who spoke on Tuesday, said the plan would cost $4 billion, and that it wasn't final.",
            "Shares rose 3%. \"It's a good day,\" she said (in London). The company's chief didn't comment.",
            // Markdown's code spans open and close with backticks.
            "Run ``digest build`` first, then open the file it names; don't edit `out/` by hand.",
        };
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds")).Order(StringComparer.Ordinal))
        {
            data.Add(File.ReadAllText(file));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(StoryFixtures.Folder, "multi"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(File.ReadAllText(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OrdinaryTexts))]
    public void Leaves_ordinary_text_alone(string text)
    {
        Assert.False(TokenizedText.LooksTokenized(text));
    }

    [Fact]
    public void The_parser_restores_a_tokenized_article_and_finds_its_quotations()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "ptb-report.txt"));

        var summary = new ArticleParser().Parse(new ArticleInput("ptb-report.txt", bytes, ArticleMetadata.None));

        Assert.DoesNotContain("-LRB-", summary.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" ,", summary.Body, StringComparison.Ordinal);
        Assert.Contains(summary.Warnings, w => w.Contains("split into tokens", StringComparison.Ordinal));
        Assert.Contains(summary.Quotes, q => q.Text.Contains("lack of integrity on the part of the company", StringComparison.Ordinal));
    }
}
