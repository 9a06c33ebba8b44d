using System.Globalization;
using System.Text.RegularExpressions;
using Digest.Core.Rendering.Model;
using Digest.Core.Stories;

namespace Digest.Bench;

/// <summary>
/// Issue #23's check of the figure tracks a digest shows, by rules of its own rather than the parser's, so that it can
/// disagree with the code it measures. A track is bad when its label
/// <list type="bullet">
/// <item>has a fragment: a word (a run of letters) that no article of its story has as a whole word ("swimm", "oppos"); or</item>
/// <item>names no counted thing: the part after its last comma has no plural noun (a word of four or more letters ending in
/// -s but not -ss, -us or -is, or people, men, women, children, personnel, staff, crew, police, or a word ending in -men) that
/// is not itself a unit of measure or a currency, and is not a unit or currency followed by "of" and a word or by "a",
/// "an" or "per" and a word ("$", "km", "oil", "dead", "percent", "confirmed" are bad; "troops", "people killed",
/// "barrels of oil a day", "compensation fund ($)" are not).</item>
/// </list>
/// A track also counts as a leap when two of its consecutive values differ tenfold or more, which one quantity rarely does
/// between two reports and several quantities under one name often do; that is reported apart, for a reader to judge.
/// </summary>
public static partial class FigureTrackCheck
{
    private const decimal Leap = 10m;

    /// <summary>What the check found for one shown track.</summary>
    public sealed record Verdict(string Label, string Summary, string? Fault, bool Leaps);

    public static IReadOnlyList<Verdict> Judge(IEnumerable<(Story Story, StoryModel Shown)> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var verdicts = new List<Verdict>();
        foreach (var (story, shown) in stories)
        {
            if (shown.Figures.Count == 0)
            {
                continue;
            }

            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var article in story.Articles)
            {
                foreach (Match word in Letters().Matches(article.Title + " " + article.Body))
                {
                    words.Add(word.Value);
                }
            }

            foreach (var track in shown.Figures)
            {
                var fragment = Letters().Matches(track.Label).Select(m => m.Value).FirstOrDefault(w => !words.Contains(w));
                var fault = fragment is not null ? $"fragment \"{fragment}\""
                    : !NamesCountedThing(track.Label) ? "no counted thing"
                    : null;
                verdicts.Add(new Verdict(track.Label, track.Summary, fault, Leaps(track)));
            }
        }

        return verdicts;
    }

    /// <summary>Prints the verdicts' counts and every shown track, bad ones marked, for a reader to judge.</summary>
    public static void Print(IReadOnlyList<Verdict> verdicts, Action<string, string, bool> line)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(line);
        var bad = verdicts.Count(v => v.Fault is not null);
        line("figure tracks with a fragment or no counted thing", $"{bad} of {verdicts.Count} shown", bad == 0);
        line("figure tracks with a tenfold leap between values", $"{verdicts.Count(v => v.Leaps)} of {verdicts.Count} shown", true);
        foreach (var verdict in verdicts)
        {
            var marks = string.Join(", ", new[] { verdict.Fault, verdict.Leaps ? "leap" : null }.OfType<string>());
            Console.WriteLine($"  track{(marks.Length > 0 ? $" [{marks}]" : string.Empty)}: {verdict.Label} | {verdict.Summary}");
        }
    }

    /// <summary>Whether a label names a counted thing or a unit with what it measures, by the rule in the class summary.</summary>
    public static bool NamesCountedThing(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var counted = label[(label.LastIndexOf(", ", StringComparison.Ordinal) + 1)..].Trim();
        var words = Token().Matches(counted).Select(m => m.Value.ToLowerInvariant()).ToList();
        var money = words.Any(w => Currency().IsMatch(w));
        for (var i = 0; i < words.Count; i++)
        {
            var measure = Units().IsMatch(words[i]) || Currency().IsMatch(words[i]);
            if (!measure && (PluralWord().IsMatch(words[i]) || Uncounted().IsMatch(words[i]) || money))
            {
                return true;
            }

            if (measure && i + 2 < words.Count && words[i + 1] is "of" or "a" or "an" or "per")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Leaps(FigureTrackModel track)
    {
        var values = track.Steps
            .Select(s => decimal.TryParse(s.Value.Replace("about ", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? Math.Max(Math.Abs(v), 1) : (decimal?)null)
            .OfType<decimal>()
            .ToList();
        return values.Zip(values.Skip(1)).Any(p => p.First / p.Second >= Leap || p.Second / p.First >= Leap);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"[\p{L}'’-]+|[$€£%]")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?!.*(?:ss|us|is)$)[\p{L}-]{3,}s$")]
    private static partial Regex PluralWord();

    [GeneratedRegex(@"^(?:people|men|women|children|personnel|staff|crew|police|\p{L}+men)$")]
    private static partial Regex Uncounted();

    [GeneratedRegex(@"^(?:[$€£]|dollars?|euros?|cents?|pence|yen|yuan)$")]
    private static partial Regex Currency();

    [GeneratedRegex(@"^(?:%|percent|percentage|points?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|inch(?:es)?|cm|mm|yards?|acres?|hectares?|barrels?|bpd|gallons?|lit(?:re|er)s?|tonnes?|tons?|kg|kilo(?:gram)?s?|grams?|pounds?|lbs?|ounces?|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|mph|kph|knots?|psi|degrees?|magnitude)$")]
    private static partial Regex Units();
}
