using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Digest.Core.Dates;
using Digest.Core.Languages;
using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>
/// Finds the people, organisations and places an article names from its capitalised word runs, and merges the
/// names that mean the same one: surnames into full names, spelling variants, and well-known aliases (IS = ISIS = Daesh).
/// </summary>
internal static partial class EntityExtractor
{
    // What may stand just before a name at the start of a sentence: an opening quote or bracket, a colon or a dash.
    private static readonly SearchValues<char> RunOpeners = SearchValues.Create(QuoteMarks.Openers + "(:—–-");

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "of", "to", "with", "from", "for", "on", "against", "about", "between", "among", "at", "in", "into", "toward",
        "towards", "than", "like", "including", "under", "after", "before", "over",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "near", "from", "to", "across", "outside", "inside", "towards", "around",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionsBySpan = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositionsBySpan = PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One capitalised run as it appears in the text; <paramref name="PrecedingPreposition"/> as <see cref="PrepositionBefore"/> reads it.</summary>
    private sealed record Run(List<string> Tokens, int Position, bool SentenceInitial, string PrecedingPreposition);

    /// <summary>A name found at a position, before names are merged into entities.</summary>
    private sealed record Mention(string Surface, int Position, string PrecedingPreposition);

    /// <summary>
    /// The entities the sentences name. <paramref name="language"/> (the article's, an ISO 639-1 code) lends its function
    /// words: outside English, where <see cref="EnglishKeywords"/> already knows them, a capitalised "Die", "Le" or "Und" at
    /// a sentence's start, or a German "Sie", is not part of a name ("Die Hummeln", "Lesen Sie", "Pour Javier López").
    /// </summary>
    public static EntityIndex Extract(IReadOnlyList<Sentence> sentences, string? language = null)
    {
        // English keeps its own rules (EnglishKeywords); its list would cut "I" from "World War I".
        var functionWords = FunctionWords.SpanLookupOf(language);
        if (functionWords.Set == FunctionWords.Of("en"))
        {
            functionWords = FunctionWords.SpanLookupOf(null);
        }

        var runs = new List<Run>();
        foreach (var sentence in sentences)
        {
            AddRuns(sentence, runs);
        }

        var seenMidSentence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            for (var i = run.SentenceInitial ? 1 : 0; i < run.Tokens.Count; i++)
            {
                seenMidSentence.Add(run.Tokens[i]);
            }
        }

        var known = new List<(KnownEntity Entity, Mention Mention)>();
        var people = new List<(Mention Mention, string? Role)>();
        var others = new List<Mention>();

        foreach (var run in runs)
        {
            // Each run's tokens are its own list and are read no more after this pass, so they are trimmed in place.
            var tokens = run.Tokens;

            // A name does not end in a function word; one capitalised wherever it stands (German "Sie") is no name at all.
            while (tokens.Count > 0 && IsFunctionWord(tokens[^1], functionWords) && WellKnownNames.Find(string.Join(' ', tokens)) is null)
            {
                tokens.RemoveAt(tokens.Count - 1);
            }

            if (tokens.Count > 0 && run.SentenceInitial && IsCommonWordAtStart(tokens, seenMidSentence, functionWords))
            {
                tokens.RemoveAt(0);
                while (tokens.Count > 0 && Connectors.Contains(tokens[0]))
                {
                    tokens.RemoveAt(0);
                }
            }

            if (tokens.Count == 0)
            {
                continue;
            }

            var surface = string.Join(' ', tokens);
            if (WellKnownNames.Find(surface) is { } whole)
            {
                known.Add((whole, new Mention(surface, run.Position, run.PrecedingPreposition)));
                continue;
            }

            // Only a run with a title word is read as a role and a name.
            if (NamePhraseParser.HasTitle(tokens) && NamePhraseParser.Parse(tokens) is { Role: { } role } phrase)
            {
                foreach (var qualifier in phrase.Qualifiers)
                {
                    AddName(qualifier, run);
                }

                if (phrase.Name.Count > 0)
                {
                    people.Add((new Mention(string.Join(' ', phrase.Name), run.Position, run.PrecedingPreposition), role));
                }

                continue;
            }

            // Split out well-known names inside a longer run ("Defeat ISIS"); the rest stands on its own.
            var partStart = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (WellKnownNames.Find(tokens[i]) is { } entity)
                {
                    AddPart(tokens, partStart, i, surface, run);
                    partStart = i + 1;
                    known.Add((entity, new Mention(tokens[i], run.Position, run.PrecedingPreposition)));
                }
            }

            AddPart(tokens, partStart, tokens.Count, surface, run);
        }

        return Merge(known, people, others);

        void AddName(string name, Run run)
        {
            if (WellKnownNames.Find(name) is { } entity)
            {
                known.Add((entity, new Mention(name, run.Position, run.PrecedingPreposition)));
            }
            else if (WellKnownNames.IsPlace(name))
            {
                others.Add(new Mention(name, run.Position, run.PrecedingPreposition));
            }
        }

        // The tokens [start, end) of a run without leading nationality adjectives and connectors, as a mention;
        // surface is the whole run's text, the mention's when nothing was cut.
        void AddPart(List<string> tokens, int start, int end, string surface, Run run)
        {
            while (start < end && (WellKnownNames.Demonyms.Contains(tokens[start]) || Connectors.Contains(tokens[start])))
            {
                start++;
            }

            while (end > start && Connectors.Contains(tokens[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                return;
            }

            var words = CollectionsMarshal.AsSpan(tokens)[start..end];
            var text = start == 0 && end == tokens.Count ? surface : string.Join(' ', words);
            if (WellKnownNames.Demonyms.Contains(text))
            {
                return;
            }

            var mention = new Mention(text, run.Position, run.PrecedingPreposition);
            if (IsPersonName(words, text))
            {
                people.Add((mention, null));
            }
            else
            {
                others.Add(mention);
            }
        }
    }

    private static bool IsFunctionWord(string token, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWords)
    {
        // English text and text in a language without a list has none to look up: no token is lower-cased for them.
        if (functionWords.Set.Count == 0)
        {
            return false;
        }

        // The lists are lower-case; a token longer than any function word is none.
        Span<char> lower = stackalloc char[32];
        return token.Length <= lower.Length && functionWords.Contains(lower[..token.AsSpan().ToLowerInvariant(lower)]);
    }

    private static EntityIndex Merge(
        List<(KnownEntity Entity, Mention Mention)> known,
        List<(Mention Mention, string? Role)> people,
        List<Mention> others)
    {
        var built = new List<(Entity Entity, int First)>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var personMentions = new List<PersonMention>();
        var roleHolders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        foreach (var group in known.GroupBy(k => k.Entity.Name))
        {
            var entity = group.First().Entity;
            var aliases = group.Select(k => k.Mention.Surface).Where(s => s != entity.Name).Distinct(StringComparer.Ordinal).ToList();
            built.Add((new Entity(entity.Name, entity.Type, aliases, group.Count()), group.Min(k => k.Mention.Position)));
            names[entity.Name] = entity.Name;
        }

        // People: full names that differ by one letter in the first name and share a surname are one person.
        var clusters = new List<List<(Mention Mention, string? Role)>>();
        foreach (var person in people)
        {
            if (!IsFullName(person.Mention.Surface))
            {
                continue;
            }

            if (ClusterOf(clusters, person.Mention.Surface) is { } cluster)
            {
                cluster.Add(person);
            }
            else
            {
                clusters.Add([person]);
            }
        }

        var surnames = new Dictionary<string, List<(Mention Mention, string? Role)>>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var fullName = cluster[0].Mention.Surface;
            surnames.TryAdd(fullName[(fullName.LastIndexOf(' ') + 1)..], cluster);
        }

        // Single names, people's first and then the others', join the person whose surname they are.
        var remaining = new List<Mention>();
        foreach (var person in people)
        {
            if (!IsFullName(person.Mention.Surface))
            {
                AddSingle(person.Mention);
            }
        }

        foreach (var other in others)
        {
            AddSingle(other);
        }

        foreach (var cluster in clusters)
        {
            var fullNames = cluster.Where(c => c.Mention.Surface.Contains(' ', StringComparison.Ordinal)).Select(c => c.Mention.Surface).ToList();
            var name = fullNames.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => fullNames.IndexOf(g.Key)).First().Key;
            var role = cluster.Select(c => c.Role).FirstOrDefault(r => r is not null);
            var aliases = cluster.OrderBy(c => c.Mention.Position).Select(c => c.Mention.Surface).Where(s => s != name).Distinct(StringComparer.Ordinal).ToList();
            built.Add((new Entity(name, EntityType.Person, aliases, cluster.Count, role), cluster.Min(c => c.Mention.Position)));
            foreach (var surface in cluster.Select(c => c.Mention.Surface).Append(name))
            {
                names[surface] = name;
            }

            if (role is not null)
            {
                roleHolders.TryAdd(role, name);
            }

            personMentions.AddRange(cluster.Select(c => new PersonMention(c.Mention.Position, name, Prepositions.Contains(c.Mention.PrecedingPreposition))));
        }

        foreach (var group in remaining.GroupBy(m => Canonical(m.Surface)))
        {
            var type = TypeOf(group.Key, group);
            var single = !group.Key.Contains(' ', StringComparison.Ordinal);
            var gazetteer = WellKnownNames.IsPlace(group.Key);
            if (group.Count() == 1 && (type == EntityType.Other || (single && !gazetteer)))
            {
                continue;
            }

            var aliases = group.Select(m => m.Surface).Where(s => s != group.Key).Distinct(StringComparer.Ordinal).ToList();
            built.Add((new Entity(group.Key, type, aliases, group.Count()), group.Min(m => m.Position)));
            names[group.Key] = group.Key;
        }

        var entities = built
            .OrderByDescending(b => b.Entity.Mentions)
            .ThenBy(b => b.First)
            .Select(b => b.Entity)
            .ToList();
        return new EntityIndex(entities, personMentions.OrderBy(p => p.Position).ToList(), roleHolders, names);

        void AddSingle(Mention single)
        {
            if (surnames.TryGetValue(single.Surface, out var cluster))
            {
                cluster.Add((single, null));
            }
            else
            {
                remaining.Add(single);
            }
        }
    }

    private static bool IsFullName(string surface) => surface.Contains(' ', StringComparison.Ordinal);

    // The first cluster whose first full name is the same person's.
    private static List<(Mention Mention, string? Role)>? ClusterOf(List<List<(Mention Mention, string? Role)>> clusters, string fullName)
    {
        foreach (var cluster in clusters)
        {
            if (SamePerson(cluster[0].Mention.Surface, fullName))
            {
                return cluster;
            }
        }

        return null;
    }

    // The runs of one sentence. Each word of a match is cleaned as a span, so only the tokens a run keeps become strings.
    private static void AddRuns(Sentence sentence, List<Run> runs)
    {
        var text = sentence.Text;
        var tokens = new List<string>();
        foreach (var match in CapitalisedRun().EnumerateMatches(text))
        {
            var matchIndex = match.Index;
            var before = text.AsSpan(0, matchIndex).TrimEnd();
            var initial = before.Length == 0 || RunOpeners.Contains(before[^1]);
            var preceding = PrepositionBefore(before);
            var words = text.AsSpan(matchIndex, match.Length);
            var runStart = -1;
            for (var at = 0; at <= words.Length;)
            {
                var space = words[at..].IndexOf(' ');
                var raw = space < 0 ? words[at..] : words.Slice(at, space);
                var token = Clean(raw, out var breaksAfter);
                var usable = token.Length >= 2 && !CalendarNames.IsCalendarWord(token);
                if (usable)
                {
                    if (runStart < 0)
                    {
                        runStart = at;
                    }

                    tokens.Add(token.ToString());
                }

                if (!usable || breaksAfter)
                {
                    Flush();
                }

                at += raw.Length + 1;
            }

            Flush();

            void Flush()
            {
                if (tokens.Count > 0 && runStart >= 0)
                {
                    AddSplitAtLooseConnectors(tokens, runs, sentence.Start + matchIndex + runStart, initial && runStart == 0, preceding);
                }

                tokens.Clear();
                runStart = -1;
            }
        }
    }

    // "of" joins a title or institution to what it governs ("Secretary General of NATO"), but nothing else.
    private static void AddSplitAtLooseConnectors(List<string> tokens, List<Run> runs, int position, bool initial, string preceding)
    {
        // Lists sized for the tokens left: most runs are one or two words, a growing list's first array holds four.
        var current = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (Connectors.Contains(token))
            {
                var previous = current.Count > 0 ? current[^1] : string.Empty;
                if (WellKnownNames.TitleWords.Contains(previous) || WellKnownNames.OrganizationWords.Contains(previous) || previous == "of")
                {
                    current.Add(token);
                    continue;
                }

                if (current.Count > 0)
                {
                    runs.Add(new Run(current, position, initial, preceding));
                    current = new List<string>(tokens.Count - i - 1);
                }

                continue;
            }

            current.Add(token);
        }

        while (current.Count > 0 && Connectors.Contains(current[^1]))
        {
            current.RemoveAt(current.Count - 1);
        }

        if (current.Count > 0)
        {
            runs.Add(new Run(current, position, initial, preceding));
        }
    }

    /// <summary>A token without possessive or trailing punctuation, and whether the run must end after it.</summary>
    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> raw, out bool breaksAfter)
    {
        var token = raw;
        breaksAfter = false;
        foreach (var suffix in LowercaseSuffix().EnumerateMatches(token))
        {
            token = token[..suffix.Index];
            breaksAfter = true;
            break;
        }

        foreach (var possessive in (ReadOnlySpan<string>)["’s", "'s", "’S", "'S", "’", "'"])
        {
            if (token.EndsWith(possessive, StringComparison.Ordinal))
            {
                token = token[..^possessive.Length];
                breaksAfter = true;
                break;
            }
        }

        if (token.EndsWith('.') && !Abbreviation().IsMatch(token))
        {
            token = token.TrimEnd('.');
            breaksAfter = true;
        }

        return token;
    }

    // A capitalised first word is only part of a name if it is well known, or the article also capitalises it
    // mid-sentence, or (in a longer run) what follows it is not a name on its own ("Meanwhile Iraq").
    private static bool IsCommonWordAtStart(List<string> tokens, HashSet<string> seenMidSentence, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWords)
    {
        var token = tokens[0];
        if (WellKnownNames.Find(token) is not null || WellKnownNames.IsPlace(token) || WellKnownNames.Demonyms.Contains(token)
            || WellKnownNames.TitleWords.Contains(token) || WellKnownNames.TitleModifiers.Contains(token) || WellKnownNames.Honorifics.Contains(token))
        {
            return false;
        }

        if (EnglishKeywords.IsStopWord(token))
        {
            return true;
        }

        // A function word that is capitalised only where a sentence starts; one seen capitalised inside sentences too
        // belongs to a name ("Le" of "Marine Le Pen", "Los" of "en Los Ángeles"), and a well-known name keeps it.
        if (IsFunctionWord(token, functionWords) && !seenMidSentence.Contains(token)
            && string.Join(' ', tokens) is var whole && WellKnownNames.Find(whole) is null && !WellKnownNames.IsPlace(whole))
        {
            return true;
        }

        if (tokens.Count == 1)
        {
            return !seenMidSentence.Contains(token);
        }

        if (seenMidSentence.Contains(token))
        {
            return false;
        }

        var rest = string.Join(' ', CollectionsMarshal.AsSpan(tokens)[1..]);
        return WellKnownNames.Find(rest) is not null || WellKnownNames.IsPlace(rest);
    }

    private static bool IsPersonName(ReadOnlySpan<string> words, string text)
    {
        if (words.Length is < 2 or > 4 || WellKnownNames.IsPlace(text))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!NameWord().IsMatch(word) || WellKnownNames.OrganizationWords.Contains(word) || WellKnownNames.TitleModifiers.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static string Canonical(string surface) =>
        IsCapitals(surface) && WellKnownNames.PlaceSpelling(surface) is { } place ? place : surface;

    private static bool IsCapitals(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static EntityType TypeOf(string name, IEnumerable<Mention> mentions)
    {
        if (WellKnownNames.IsPlace(name))
        {
            return EntityType.Place;
        }

        if (WellKnownNames.OrganizationWords.Contains(name[(name.LastIndexOf(' ') + 1)..]) || Acronym().IsMatch(name))
        {
            return EntityType.Organization;
        }

        foreach (var mention in mentions)
        {
            if (PlacePrepositions.Contains(mention.PrecedingPreposition))
            {
                return EntityType.Place;
            }
        }

        return EntityType.Other;
    }

    // Word by word, in place: as many words, the same last word, and each word within one edit of the other's.
    private static bool SamePerson(string a, string b)
    {
        var left = a.AsSpan();
        var right = b.AsSpan();
        if (left.Count(' ') != right.Count(' ') || !left[(left.LastIndexOf(' ') + 1)..].SequenceEqual(right[(right.LastIndexOf(' ') + 1)..]))
        {
            return false;
        }

        while (true)
        {
            var leftEnd = left.IndexOf(' ');
            var rightEnd = right.IndexOf(' ');
            if (!WithinOneEdit(leftEnd < 0 ? left : left[..leftEnd], rightEnd < 0 ? right : right[..rightEnd]))
            {
                return false;
            }

            if (leftEnd < 0)
            {
                return true;
            }

            left = left[(leftEnd + 1)..];
            right = right[(rightEnd + 1)..];
        }
    }

    // Whether the edit distance (Levenshtein) of a and b is at most 1: past their common start, the rest is equal once
    // one character is substituted, or left out of the longer.
    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var common = a.CommonPrefixLength(b);
        if (common == a.Length && common == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            return a[(common + 1)..].SequenceEqual(b[(common + 1)..]);
        }

        return a.Length < b.Length
            ? a[common..].SequenceEqual(b[(common + 1)..])
            : b[common..].SequenceEqual(a[(common + 1)..]);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}\d’'])\p{Lu}[\p{L}\p{M}\d’'.\-]*(?: (?:(?:of|the) )*\p{Lu}[\p{L}\p{M}\d’'.\-]*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"-\p{Ll}.*$")]
    private static partial Regex LowercaseSuffix();

    [GeneratedRegex(@"^(?:\p{Lu}\.){2,}$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{M}’']+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^\p{Lu}{2,6}$")]
    private static partial Regex Acronym();

    // The letters the text ends with, the word just before a run, which tells a place ("in Kabul") from other names: as
    // the preposition lists spell it when it is on one, else empty. The lists are all it is looked up in, and they ignore
    // case, so their spelling answers as the word would, with no string per run.
    private static string PrepositionBefore(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..];
        return PrepositionsBySpan.TryGetValue(word, out var preposition) || PlacePrepositionsBySpan.TryGetValue(word, out preposition)
            ? preposition
            : string.Empty;
    }
}
