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
            var speaker = Attribute(span, first.Start, last.End, context);

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

            var text = Whitespace.Collapse(span.Text).Trim().TrimEnd(',');
            if (text.AsSpan().Count(' ') + 1 >= MinWords)
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
        // Paragraphs are read in place: a quotation's text is the only string made.
        for (var paragraphStart = 0; paragraphStart <= body.Length;)
        {
            var paragraphEnd = body.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            var paragraph = body.AsSpan(paragraphStart, (paragraphEnd < 0 ? body.Length : paragraphEnd) - paragraphStart);
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

                spans.Add(new QuoteSpan(paragraphStart + open.Value, paragraphStart + i, paragraph[(open.Value + 1)..i].Trim().ToString()));
                open = null;
            }

            paragraphStart += paragraph.Length + 2;
        }

        return spans;
    }

    private static bool IsStrayOpening(ReadOnlySpan<char> paragraph, int index)
    {
        var rest = paragraph[(index + 1)..];
        var nextClose = rest.IndexOfAny(QuoteMarks.Closing, QuoteMarks.Straight);
        var nextOpen = rest.IndexOf(QuoteMarks.Opening);
        return nextClose >= 0 && (nextOpen < 0 || nextOpen > nextClose);
    }

    private static Sentence SentenceAt(IReadOnlyList<Sentence> sentences, int position)
    {
        for (var i = sentences.Count - 1; i >= 0; i--)
        {
            if (sentences[i].Start <= position)
            {
                return sentences[i];
            }
        }

        return sentences[0];
    }

    /// <summary>What attributing one quotation needs to know about the article.</summary>
    private sealed record Attribution(
        string Body,
        IReadOnlyList<QuoteSpan> Spans,
        EntityIndex Entities,
        string? LastSpeaker);

    // The quotation's sentence is [sentenceStart, sentenceEnd) of the body. The text before and after the quotation is
    // matched in place (Regex.Match with a start and length sees it as if it were a string of its own), not copied.
    private static string? Attribute(QuoteSpan span, int sentenceStart, int sentenceEnd, Attribution context)
    {
        var body = context.Body;
        var spans = context.Spans;
        var afterStart = span.End + 1;
        var afterLength = Math.Min(body.Length, Math.Max(span.End + 1, sentenceEnd)) - afterStart;
        var beforeLength = span.Start - sentenceStart;
        foreach (var (pattern, after) in (ReadOnlySpan<(Regex, bool)>)[(VerbThenName(), true), (NameThenVerbAfter(), true), (NameThenVerbBefore(), false), (AccordingTo(), false)])
        {
            var match = after ? pattern.Match(body, afterStart, afterLength) : pattern.Match(body, sentenceStart, beforeLength);
            if (match.Success && Speaker(match.Groups["who"].Value, span.Start, context) is { } speaker)
            {
                return speaker;
            }
        }

        // "… ," NATO chief said: an epithet in place of a name refers, like "he", to the person last named — unless
        // the article has told who holds that title.
        foreach (var pattern in (ReadOnlySpan<Regex>)[EpithetThenVerbAfter(), VerbThenEpithet()])
        {
            if (pattern.Match(body, afterStart, afterLength) is { Success: true } match)
            {
                return context.Entities.Resolve(match.Groups["who"].Value) ?? Pronoun(span.Start, context);
            }
        }

        // The attribution may sit elsewhere in the sentence, outside any quotation ("X said ... as it is “...”").
        var sentenceText = Unquoted(body, sentenceStart, sentenceEnd, spans);
        foreach (var pattern in (ReadOnlySpan<Regex>)[AnyNameThenVerb(), AnyVerbThenName(), AccordingTo()])
        {
            for (var match = pattern.Match(sentenceText); match.Success; match = match.NextMatch())
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
        return CallBy().Match(body, sentenceStart, beforeLength) is { Success: true } call ? context.Entities.Resolve(call.Groups["who"].Value) : null;
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
    private static string Unquoted(string body, int start, int end, IReadOnlyList<QuoteSpan> spans) =>
        string.Create(end - start, (Body: body, Start: start, Spans: spans), static (chars, state) =>
        {
            var (body, start, spans) = state;
            body.AsSpan(start, chars.Length).CopyTo(chars);
            foreach (var span in spans)
            {
                for (var i = Math.Max(span.Start, start); i <= Math.Min(span.End, start + chars.Length - 1); i++)
                {
                    chars[i - start] = ' ';
                }
            }
        });

    private static bool Continues(string body, QuoteSpan previous, QuoteSpan current)
    {
        var between = body.AsSpan((previous.End + 1)..current.Start);
        var breaks = 0;
        for (var at = between.IndexOf("\n\n"); at >= 0; at = between.IndexOf("\n\n"))
        {
            breaks++;
            between = between[(at + 2)..];
        }

        if (breaks == 0)
        {
            return true;
        }

        // A paragraph that opens with a quotation continues the previous paragraph's speaker.
        var paragraphStart = body.LastIndexOf("\n\n", current.Start, StringComparison.Ordinal) + 2;
        return breaks == 1 && body.AsSpan(paragraphStart..current.Start).IsWhiteSpace();
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

}
