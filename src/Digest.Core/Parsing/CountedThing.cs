using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>
/// What a number counts, read from the words after it, as one quantity a reader can follow: the noun it counts with the
/// words that qualify it ("11 missing workers", "35,000 oil spill response workers"), and the state a participle gives it
/// ("15 people killed", "20 people were killed"); a unit only with what it measures or how often ("40,000 barrels of oil
/// a day", "5,000 barrels a day"); money only with what the money is ("a $20 billion compensation fund", "$75 a
/// barrel"). Null when the words name no such thing: a bare unit or sum ("40 percent", "$15 million for"), a verb
/// ("$2.35 billion BP has paid"), a name.
/// </summary>
/// <remarks>
/// English word classes stand in for a tagger: a plural ends in -s or is one of the few that do not ("people",
/// "fishermen"); a phrase ends at a function word, an adverb in -ly, a name, a digit or punctuation; a past participle
/// ends in -ed. The text is read in place, word by word, as far as a quantity's words can reach.
/// </remarks>
internal static class CountedThing
{
    // "oil spill response workers": enough modifiers for the nouns news puts before what it counts, few enough that a run
    // of words that is not a noun phrase ends before it says anything.
    private const int MaxRunWords = 4;

    // "natural gas", "crude oil from the well" ends at "from": what a unit measures is a short noun phrase.
    private const int MaxMeasuredWords = 3;

    // A conversion in brackets between a unit and its rate ("5,000 barrels (210,000 gallons) a day") is this short.
    private const int MaxBracketLength = 60;

    // Words read after a number, at most: the run, a coordinated noun, an auxiliary, a participle, "of" and what is
    // measured, a rate, and a bracket.
    private const int MaxTokens = 16;

    // A plural is longer than "gas" or "bus", whose -s is not one.
    private const int MinPluralLength = 4;

    // A participle is longer than "red", "led", "bed".
    private const int MinParticipleLength = 4;

    // English plurals without a final -s that news counts, and the endings of compounds of them ("fishermen", "townspeople").
    private static readonly HashSet<string> PluralsWithoutS = new(StringComparer.Ordinal)
    {
        "people", "men", "women", "children", "personnel", "staff", "crew", "police", "cattle", "sheep", "fish", "aircraft",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralsWithoutSBySpan =
        PluralsWithoutS.GetAlternateLookup<ReadOnlySpan<char>>();

    // The auxiliaries between a noun and its participle: "20 people were killed", "11 workers have been found".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliariesBySpan = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    // Prepositions the parser's stop words leave out; a phrase ends at them as at any function word ("£8.3 billion of
    // public money across the Parliament").
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "across", "along", "among", "around", "behind", "below", "beneath", "beside", "beyond", "despite", "inside", "near",
        "off", "onto", "outside", "since", "through", "throughout", "toward", "towards", "under", "until", "upon", "within",
        "without", "including", "ago", "amid", "like", "unlike", "versus",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionsBySpan = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    // The adjectives news gives counted people after the noun, as it gives participles ("15 people dead", "11 workers
    // missing", "1.5 million people homeless").
    private static readonly HashSet<string> StateAdjectives = new(StringComparer.Ordinal) { "dead", "missing", "alive", "homeless" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateAdjectivesBySpan = StateAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    // The words that stand before what a unit measures and are not part of it: "40 percent of the oil".
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminersBySpan = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Kind : byte
    {
        Word,
        Bracket,
    }

    /// <summary>What the number before <paramref name="start"/> counts, or null.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="start">Where the words after the number (and after its owner, "500 NATO members") begin.</param>
    /// <param name="currency">The currency sign before the number ("$"), if any.</param>
    /// <param name="afterName">Whether a name stands between the number and <paramref name="start"/>: a lone -s word after it is a verb ("BP expects").</param>
    public static string? Read(string sentence, int start, string? currency, bool afterName)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Span<Token> tokens = stackalloc Token[MaxTokens];
        var count = Tokenize(sentence, start, tokens);
        var words = new Words(sentence, tokens[..count]);
        var i = 0;

        // "137m euros": a currency named in words makes the number money, as a sign does.
        if (currency is null && words.IsLower(i) && MeasureUnits.IsCurrency(words[i]))
        {
            currency = words[i].ToString();
            i++;
        }

        var runStart = i;
        var head = -1;
        while (i - runStart < MaxRunWords && words.IsLower(i) && !IsFunctionWord(words[i]) && !IsAdverb(words[i]))
        {
            var word = words[i];
            if (head >= 0)
            {
                // "gas stations": a plural after the first is the noun the first qualifies; a unit qualifies nothing.
                if (head == i - 1 && !MeasureUnits.IsUnit(words[head]) && LooksPlural(word))
                {
                    head = i++;
                    continue;
                }

                break;
            }

            if (MeasureUnits.IsUnit(word) || LooksPlural(word) || IsPluralWithoutS(word))
            {
                head = i;
            }

            i++;
        }

        // "$45 billion BP expects": after a name, a lone -s word is the name's verb, not what the money is.
        if (currency is not null && afterName && head == runStart && i == runStart + 1 && LooksPlural(words[head]))
        {
            head = -1;
        }

        return head >= 0 ? ReadFromHead(words, runStart, head, currency)
            : currency is not null ? ReadMoney(words, runStart, i, currency, afterName)
            : null;
    }

    /// <summary>
    /// A name the number counts ("50 Republicans opposed"), read from the name's last word when no lower-case noun follows
    /// it; null when that word is no plural.
    /// </summary>
    public static string? ReadName(string sentence, int nameStart)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Span<Token> tokens = stackalloc Token[MaxTokens];
        var count = Tokenize(sentence, nameStart, tokens);
        var words = new Words(sentence, tokens[..count]);
        if (count == 0 || tokens[0].Kind != Kind.Word || words[0].Length < MinPluralLength || !IsAllLetters(words[0]))
        {
            return null;
        }

        Span<char> lower = stackalloc char[words[0].Length];
        words[0].ToLowerInvariant(lower);
        if (!LooksPlural(lower) || words[0].ToString().ToUpperInvariant() == words[0].ToString())
        {
            return null;
        }

        var next = 1;
        var state = State(words, ref next);
        return string.Concat(words[0], state is null ? string.Empty : " " + state);
    }

    private static string? ReadFromHead(Words words, int runStart, int head, string? currency)
    {
        var next = head + 1;
        var phraseEnd = head;
        var unit = MeasureUnits.IsUnit(words[head]);

        // "advisers and instructors": two nouns counted together.
        if (!unit && words.Is(next, "and", "or") && words.IsLower(next + 1) && LooksPlural(words[next + 1]))
        {
            phraseEnd = next + 1;
            next += 2;
        }

        var state = unit || currency is not null ? null : State(words, ref next);
        string? measured = null;
        string? rate = null;
        for (var extra = 0; extra < 3 && next < words.Count; extra++)
        {
            if (words.IsBracket(next))
            {
                next++;
            }
            else if (measured is null && (unit || currency is not null) && words.Is(next, "of"))
            {
                next++;
                measured = Phrase(words, ref next);
                if (measured is null)
                {
                    break;
                }
            }
            else if (rate is null && Rate(words, next, out var after) is { Length: > 0 } r)
            {
                rate = r;
                next = after;
            }
            else
            {
                break;
            }
        }

        // A noun is not followed by "the": "the Bishop Pass 15 offers the best warmth" has a verb where a plural seemed to be.
        if (words.Is(next, "the", "its", "their", "his", "her", "this", "these", "those"))
        {
            return null;
        }

        var written = unit ? MeasureUnits.WrittenOut(words[head]) : null;
        var phrase = written is null ? words.Text(runStart, phraseEnd) : string.Join(' ', words.Text(runStart, head - 1), written).Trim();
        if (unit && ((written is null && measured is null && rate is null) || MeasureUnits.IsShare(words[head])
            || (MeasureUnits.IsDuration(words[head]) && measured is null)))
        {
            // A unit without what it measures or how often ("11 miles"); a share, whose whole's part the verb names, not
            // the number's words ("40 percent of the oil" is gone? collected? burnt?); a time without what lasted it.
            return null;
        }

        var counted = string.Concat(phrase, state is null ? null : " " + state, measured is null ? null : " of " + measured, rate);
        return currency is null ? counted : $"{counted} ({currency})";
    }

    private static string? ReadMoney(Words words, int runStart, int runEnd, string currency, bool afterName)
    {
        // What the money is: the nouns after it ("compensation fund"), not a verb ("scheduled", "BP expects").
        var end = runEnd;
        while (end > runStart && (IsParticiple(words[end - 1]) || words[end - 1].EndsWith("ing", StringComparison.Ordinal)))
        {
            end--;
        }

        if (afterName && end == runStart + 1 && words[runStart].EndsWith('s'))
        {
            end = runStart;
        }

        var next = end == runStart ? runStart : runEnd;
        var thing = end > runStart ? words.Text(runStart, end - 1) : null;
        if (thing is null && words.Is(next, "in", "of") && !words.IsDeterminer(next + 1))
        {
            // "$20 billion in compensation", "$5 million of aid".
            var after = next + 1;
            thing = Phrase(words, ref after);
            next = thing is null ? next : after;
        }

        var rate = Rate(words, next, out _);
        return thing is not null ? $"{thing}{rate} ({currency})"
            : rate.Length > 0 ? currency + rate
            : null;
    }

    /// <summary>The participle or state a noun is in ("killed", "were killed", "dead"), past the auxiliaries, or null; <paramref name="next"/> moves past it.</summary>
    private static string? State(Words words, ref int next)
    {
        var at = next;
        while (words.IsLower(at) && AuxiliariesBySpan.Contains(words[at]))
        {
            at++;
        }

        if (words.IsLower(at) && IsAdverb(words[at]) && at > next)
        {
            at++;
        }

        // "20,000 people were estimated to have listened": a participle before "to" reports what is said of them, no state.
        if (!words.IsLower(at) || !(IsParticiple(words[at]) || StateAdjectivesBySpan.Contains(words[at])) || words.Is(at + 1, "to"))
        {
            return null;
        }

        next = at + 1;
        return words[at].ToString();
    }

    /// <summary>A noun phrase after "of" or "in", past a determiner: "oil", "natural gas"; null when none follows.</summary>
    private static string? Phrase(Words words, ref int next)
    {
        if (words.IsDeterminer(next))
        {
            next++;
        }

        var start = next;
        while (next - start < MaxMeasuredWords && words.IsLower(next) && !IsFunctionWord(words[next])
            && !IsAdverb(words[next]) && !IsRateWord(words, next))
        {
            next++;
        }

        // "barrels of oil spilled before": the verb after the phrase is not part of it.
        while (next > start && IsParticiple(words[next - 1]))
        {
            next--;
        }

        return next > start ? words.Text(start, next - 1) : null;
    }

    /// <summary>" a day", " per barrel", " a day" for "daily"; empty when no rate is at <paramref name="at"/>.</summary>
    private static string Rate(Words words, int at, out int after)
    {
        after = at;
        if (words.IsLower(at) && MeasureUnits.RateOf(words[at]) is { } adverb)
        {
            after = at + 1;
            return " " + adverb;
        }

        if (IsRateWord(words, at))
        {
            after = at + 2;
            return $" {words[at]} {words[at + 1]}";
        }

        return string.Empty;
    }

    // "a day", "per barrel", "a share": an article or "per" and a unit, or a noun that ends the phrase; "a new record" is
    // no rate.
    private static bool IsRateWord(Words words, int at) =>
        words.Is(at, "a", "an", "per", "each", "every")
        && words.IsLower(at + 1)
        && !IsFunctionWord(words[at + 1])
        && !IsAdverb(words[at + 1])
        && (MeasureUnits.IsUnit(words[at + 1]) || !words.IsLower(at + 2) || IsFunctionWord(words[at + 2]));

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => EnglishKeywords.IsLowerCaseStopWord(word) || PrepositionsBySpan.Contains(word);

    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length >= MinPluralLength
        && word[^1] == 's'
        && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal)
        && !word.EndsWith("is", StringComparison.Ordinal)
        && IsAllLetters(word);

    private static bool IsPluralWithoutS(ReadOnlySpan<char> word) =>
        PluralsWithoutSBySpan.Contains(word) || word.EndsWith("men", StringComparison.Ordinal) || word.EndsWith("people", StringComparison.Ordinal);

    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.Length >= MinParticipleLength && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal);

    private static bool IsAdverb(ReadOnlySpan<char> word) => word.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words after <paramref name="start"/>, up to the first that is neither a word nor a bracket.</summary>
    private static int Tokenize(string sentence, int start, Span<Token> tokens)
    {
        var count = 0;
        var at = start;
        while (count < tokens.Length)
        {
            while (at < sentence.Length && char.IsWhiteSpace(sentence[at]))
            {
                at++;
            }

            if (at >= sentence.Length)
            {
                break;
            }

            if (char.IsLetter(sentence[at]))
            {
                var end = at + 1;
                while (end < sentence.Length && (char.IsLetter(sentence[end]) || sentence[end] is '-' or '\'' or '’' || char.GetUnicodeCategory(sentence[end]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    end++;
                }

                // A hyphen or apostrophe ending a word ("pm-", "workers'") is not part of it.
                var length = end - at;
                while (length > 1 && sentence[at + length - 1] is '-' or '\'' or '’')
                {
                    length--;
                }

                tokens[count++] = new Token(at, length, Kind.Word);
                at = end;
            }
            else if (sentence[at] == '(' && sentence.IndexOf(')', at) is var close and > 0 && close - at <= MaxBracketLength)
            {
                tokens[count++] = new Token(at, close + 1 - at, Kind.Bracket);
                at = close + 1;
            }
            else
            {
                break;
            }
        }

        return count;
    }

    private readonly record struct Token(int Start, int Length, Kind Kind);

    /// <summary>The tokens of a sentence, read as words.</summary>
    private readonly ref struct Words(string sentence, ReadOnlySpan<Token> tokens)
    {
        private readonly ReadOnlySpan<Token> _tokens = tokens;

        public int Count => _tokens.Length;

        public ReadOnlySpan<char> this[int index] => sentence.AsSpan(_tokens[index].Start, _tokens[index].Length);

        public bool IsBracket(int index) => index < _tokens.Length && _tokens[index].Kind == Kind.Bracket;

        /// <summary>Whether the token is a word in lower case (a name, a bracket or nothing is not).</summary>
        public bool IsLower(int index)
        {
            if (index >= _tokens.Length || _tokens[index].Kind != Kind.Word)
            {
                return false;
            }

            foreach (var c in this[index])
            {
                if (char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Is(int index, params ReadOnlySpan<string> any)
        {
            if (!IsLower(index))
            {
                return false;
            }

            var word = this[index];
            foreach (var candidate in any)
            {
                if (word.SequenceEqual(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsDeterminer(int index) => IsLower(index) && DeterminersBySpan.Contains(this[index]);

        /// <summary>The sentence's text from the first token to the last (inclusive), as written; empty when last is before first.</summary>
        public string Text(int first, int last) =>
            last < first ? string.Empty : sentence[_tokens[first].Start..(_tokens[last].Start + _tokens[last].Length)];
    }
}
