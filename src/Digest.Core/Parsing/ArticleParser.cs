using Digest.Core.Summaries;

namespace Digest.Core.Parsing;

/// <summary>Turns one raw article (pasted text, HTML or Markdown) into its structured summary.</summary>
public sealed class ArticleParser
{
    /// <summary>Bumped whenever a change to parsing changes summaries, so stored ones can be recognised and re-parsed.</summary>
    public const string Version = "0.1.0";

    public ArticleSummary Parse(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = System.Text.Encoding.UTF8.GetString(input.Content.Span);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new ArticleSummary
        {
            Name = input.Name,
            ParserVersion = Version,
            Title = lines.FirstOrDefault() ?? input.Name,
            Body = string.Join("\n\n", lines.Skip(1)),
        };
    }
}
