using System.Text.RegularExpressions;
using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>
/// Finds quoted speech in the body and who said it: "said X", "X said", "according to X", a title holder
/// ("the Secretary General of NATO said"), or "he said" for the person last named outside quotes.
/// </summary>
internal static partial class QuoteExtractor
{
    // Shorter quotations are scare quotes ("incremental", "very concerned"): a word choice, not a statement.
    private const int MinWords = 4;

    private const string Verbs =
        "said|says|added|adds|told|explained|stressed|noted|emphasi[sz]ed|warned|confirmed|declared|reiterated|reaffirmed|" +
        "insisted|announced|underlined|stated|tweeted|wrote|asked|replied|continued|urged|argued|commented|observed|" +
        "remarked|concluded|acknowledged|pointed out|went on|admitted|claimed|expressed";

    public static IReadOnlyList<Quote> Extract(string body, IReadOnlyList<Sentence> sentences, EntityIndex entities)
    {
        var spans = Spans(body);
        var quotes = new List<Quote>();
        QuoteSpan? previous = null;
        string? previousSpeaker = null;
        string? lastSpeaker = null;
        foreach (var span in spans)
        {
            var first = SentenceAt(sentences, span.Start);
            var last = SentenceAt(sentences, span.End);
            var context = new Attribution(body, spans, entities, lastSpeaker);
            var speaker = Attribute(span, new Sentence(body[first.Start..last.End], first.Start, first.Paragraph), context);

            // An unattributed quotation carries on the one before it in the same or the previous paragraph.
            if (speaker is null && previous is not null && Continues(body, previous, span))
            {
                speaker = previousSpeaker;
            }

            previous = span;
            previousSpeaker = speaker;
            if (speaker is not null && entities.PersonMentions.Any(p => p.Name == speaker))
            {
                lastSpeaker = speaker;
            }

            var text = Spaces().Replace(span.Text, " ").Trim().TrimEnd(',');
            if (text.Split(' ').Length >= MinWords)
            {
                quotes.Add(new Quote(text, speaker));
            }
        }

        return quotes;
    }

    /// <summary>Pairs opening and closing marks within each paragraph, tolerating straight/curly mixes and strays.</summary>
    internal static IReadOnlyList<QuoteSpan> Spans(string body)
    {
        var spans = new List<QuoteSpan>();
        var paragraphStart = 0;
        foreach (var paragraph in body.Split("\n\n"))
        {
            int? open = null;
            for (var i = 0; i < paragraph.Length; i++)
            {
                var c = paragraph[i];
                if (!QuoteMarks.IsDouble(c))
                {
                    continue;
                }

                if (open is null)
                {
                    // A closing mark with nothing open was typed for an opening one if another closing mark follows.
                    if (c != QuoteMarks.Closing || IsStrayOpening(paragraph, i))
                    {
                        open = i;
                    }

                    continue;
                }

                if (c == QuoteMarks.Opening)
                {
                    // A second opening mark: the first was never closed, so it must not swallow the paragraph.
                    open = i;
                    continue;
                }

                spans.Add(new QuoteSpan(paragraphStart + open.Value, paragraphStart + i, paragraph[(open.Value + 1)..i].Trim()));
                open = null;
            }

            paragraphStart += paragraph.Length + 2;
        }

        return spans;
    }

    private static bool IsStrayOpening(string paragraph, int index)
    {
        var nextClose = paragraph.IndexOfAny([QuoteMarks.Closing, QuoteMarks.Straight], index + 1);
        var nextOpen = paragraph.IndexOf(QuoteMarks.Opening, index + 1);
        return nextClose > 0 && (nextOpen < 0 || nextOpen > nextClose);
    }

    private static Sentence SentenceAt(IReadOnlyList<Sentence> sentences, int position) =>
        sentences.LastOrDefault(s => s.Start <= position) ?? sentences[0];

    /// <summary>What attributing one quotation needs to know about the article.</summary>
    private sealed record Attribution(
        string Body,
        IReadOnlyList<QuoteSpan> Spans,
        EntityIndex Entities,
        string? LastSpeaker);

    private static string? Attribute(QuoteSpan span, Sentence sentence, Attribution context)
    {
        var body = context.Body;
        var spans = context.Spans;
        var after = body[(span.End + 1)..Math.Min(body.Length, Math.Max(span.End + 1, sentence.End))];
        var before = body[sentence.Start..span.Start];
        var candidates = new List<Match>
        {
            VerbThenName().Match(after),
            NameThenVerbAfter().Match(after),
            NameThenVerbBefore().Match(before),
            AccordingTo().Match(before),
        };

        foreach (var match in candidates.Where(m => m.Success))
        {
            if (Speaker(match.Groups["who"].Value, span.Start, context) is { } speaker)
            {
                return speaker;
            }
        }

        // "… ," NATO chief said: an epithet in place of a name refers, like "he", to the person last named — unless
        // the article has told who holds that title.
        foreach (var match in (ReadOnlySpan<Match>)[EpithetThenVerbAfter().Match(after), VerbThenEpithet().Match(after)])
        {
            if (match.Success)
            {
                return context.Entities.Resolve(match.Groups["who"].Value) ?? Pronoun(span.Start, context);
            }
        }

        // The attribution may sit elsewhere in the sentence, outside any quotation ("X said ... as it is “...”").
        var sentenceText = Unquoted(body, sentence, spans);
        foreach (var pattern in (ReadOnlySpan<Regex>)[AnyNameThenVerb(), AnyVerbThenName(), AccordingTo()])
        {
            foreach (Match match in pattern.Matches(sentenceText))
            {
                if (Speaker(match.Groups["who"].Value, span.Start, context) is { } speaker)
                {
                    return speaker;
                }
            }
        }

        // Only when no name says who spoke: an epithet elsewhere in the sentence ("…, SG said").
        if (AnyEpithetThenVerb().Match(sentenceText) is { Success: true } epithet)
        {
            return context.Entities.Resolve(epithet.Groups["who"].Value) ?? Pronoun(span.Start, context);
        }

        // "a call by X on the alliance to “…”": the quoted words are what X called for.
        return CallBy().Match(before) is { Success: true } call ? context.Entities.Resolve(call.Groups["who"].Value) : null;
    }

    private static string? Speaker(string who, int quoteStart, Attribution context)
    {
        var name = who.Trim();
        if (name.Length == 0)
        {
            return null;
        }

        return name is "he" or "He" or "she" or "She" ? Pronoun(quoteStart, context) : context.Entities.Resolve(name);
    }

    /// <summary>
    /// "he said" means the person last named outside quotations, as the subject of a sentence rather than in passing
    /// ("a call by X"); failing that, whoever spoke last.
    /// </summary>
    private static string? Pronoun(int quoteStart, Attribution context)
    {
        var named = context.Entities.LastPersonBefore(
            quoteStart,
            mention => mention.InPassing || context.Spans.Any(s => s.Contains(mention.Position)));
        return named?.Name ?? context.LastSpeaker;
    }

    // Sentence text with quotations blanked, so names inside them are not taken as speakers.
    private static string Unquoted(string body, Sentence sentence, IReadOnlyList<QuoteSpan> spans)
    {
        var chars = body[sentence.Start..sentence.End].ToCharArray();
        foreach (var span in spans)
        {
            for (var i = Math.Max(span.Start, sentence.Start); i <= Math.Min(span.End, sentence.End - 1); i++)
            {
                chars[i - sentence.Start] = ' ';
            }
        }

        return new string(chars);
    }

    private static bool Continues(string body, QuoteSpan previous, QuoteSpan current)
    {
        var between = body[(previous.End + 1)..current.Start];
        var breaks = between.Split("\n\n").Length - 1;
        if (breaks == 0)
        {
            return true;
        }

        // A paragraph that opens with a quotation continues the previous paragraph's speaker.
        var paragraphStart = body.LastIndexOf("\n\n", current.Start, StringComparison.Ordinal) + 2;
        return breaks == 1 && string.IsNullOrWhiteSpace(body[paragraphStart..current.Start]);
    }

    private const string Name = @"(?<who>(?:[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.-]*)*|he|she|[Tt]he\s+alliance|the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)";

    [GeneratedRegex(@"^[\s,.:;—–-]*(?:" + Verbs + @")\s+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenName();

    [GeneratedRegex(@"^[\s,.:;—–-]*" + Name + @"\s+(?:(?:also|further|later|then|again|earlier|previously|has|had|once|recently)\s+)?(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenVerbAfter();

    [GeneratedRegex(Name + @"\s+(?:(?:also|further|later|then|again|earlier|previously|has|had|once|recently)\s+)?(?:" + Verbs + @")\b[^" + QuoteMarks.Double + @"]{0,60}?[,:]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenVerbBefore();

    [GeneratedRegex(@"\b[Aa]ccording\s+to\s+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(Name + @"\s+(?:(?:also|further|later|then|again|earlier|previously|has|had|once|recently)\s+)?(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyNameThenVerb();

    [GeneratedRegex(@"\b(?:" + Verbs + @")\s+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex AnyVerbThenName();

    private const string Epithet = @"(?<who>(?:[Tt]he\s+)?(?:[\p{L}.’'-]+\s+){0,2}(?:chief|head|SG|[Ss]ecretary[- ][Gg]eneral|spokes(?:man|woman|person)|minister|president|leader|chair(?:man|woman)?|director|commander|official))";

    [GeneratedRegex(@"^[\s,.:;—–-]*" + Epithet + @"\s+(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex EpithetThenVerbAfter();

    [GeneratedRegex(@"^[\s,.:;—–-]*(?:" + Verbs + @")\s+" + Epithet + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenEpithet();

    [GeneratedRegex(@"\b" + Epithet + @"\s+(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyEpithetThenVerb();

    [GeneratedRegex(@"\b(?:call|calls|appeal|demand|request|plea|pledge|promise|warning|vow)\b[^." + QuoteMarks.Double + @"]{0,40}?\bby\s+(?:[A-Z][\w.]*\s+){0,3}?" + Name + @"[^." + QuoteMarks.Double + @"]{0,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex CallBy();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
