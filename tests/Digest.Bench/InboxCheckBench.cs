using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Digests;
using Digest.Core.Rendering.Model;
using Digest.Core.Stories;
using Digest.Core.Stories.Figures;
using Digest.Core.Stories.Grouping;
using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Issue #23's check of a real-volume digest, as a reader meets it: both parts within the inbox budget, how many shown
/// sentences are comments, datelines, stamps, furniture or tokenizer marks, none shown twice, no headline that is a body
/// sentence or a file name, a subject that fits, and whether every story of 100 articles or more reaches its latest
/// developments (its last entry within 14 days of the day by which 95% of its articles had appeared), and which shown
/// figure tracks a reader cannot follow (<see cref="FigureTrackCheck"/>). With <c>--tracks</c>, every story's tracks (of
/// stories of two articles or more, shown or not) are listed with the words each value was reported in, to judge by eye.
/// </summary>
public static partial class InboxCheckBench
{
    private const int MaxBytes = 100_000;
    private const int MaxSubject = 80;
    private const double MaxJunkShare = 0.02;
    private const int BigStory = 100;
    private const int ReachDays = 14;

    // The share within which a track counts two values as one (StoryFigures' rounding), to find a step's reports.
    private const decimal SameValue = 0.05m;

    public static int Run(string directory, string? cachePath, bool listTracks = false)
    {
        var summaries = cachePath is not null && File.Exists(cachePath)
            ? StoredJson.Deserialize<List<ArticleSummary>>(File.ReadAllText(cachePath))
            : ArticleFolder.Parse(directory);
        if (cachePath is not null && !File.Exists(cachePath))
        {
            File.WriteAllText(cachePath, StoredJson.Serialize(summaries));
        }

        var usable = summaries.Where(s => s.Error is null).ToList();
        var stories = new StoryGrouper().Group(usable);
        var request = new DigestRequest(DateTimeOffset.UtcNow) { FullDigest = new FullDigestLink("digest.full.html", "digest.full.html") };
        var digest = new DigestComposer().ComposeStories(stories, request);
        var model = StoredJson.Deserialize<DigestModel>(digest.Json);

        var html = Encoding.UTF8.GetByteCount(digest.Html);
        var text = Encoding.UTF8.GetByteCount(digest.Text);
        var sentences = model.Stories.SelectMany(s => s.Developments).SelectMany(d => d.Sentences).ToList();
        var junk = sentences.Select(s => (Sentence: s, Class: JunkClass(s))).Where(s => s.Class is not null).ToList();
        var twice = sentences.Count - sentences.Distinct(StringComparer.Ordinal).Count();
        var headlines = model.Stories.Select(s => s.Headline).Concat(model.MoreStories.Select(s => s.Headline)).ToList();
        var badHeadlines = headlines.Where(h => SentenceEnd().IsMatch(h) || FileName().IsMatch(h)).ToList();

        // The shown stories are the ranked stories' first ones, in order.
        var shown = StoryNews.Rank(stories.Where(s => s.Articles.Count > 0), request.Cutoff).Take(model.Stories.Count).Select(n => n.Story).ToList();
        var reach = shown.Zip(model.Stories).Where(p => p.First.Articles.Count >= BigStory).Select(p => Reach(p.First, p.Second)).ToList();

        var share = sentences.Count == 0 ? 0 : (double)junk.Count / sentences.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{usable.Count} articles, {stories.Count} stories, {model.Stories.Count} shown in full, {model.MoreStoryCount} named in one line"));
        Line("HTML part", $"{html:N0} bytes", html <= MaxBytes);
        Line("text part", $"{text:N0} bytes", text <= MaxBytes);
        Line("furniture and marks", $"{junk.Count} of {sentences.Count} shown sentences ({share:P1})", share <= MaxJunkShare);
        Line("shown twice", $"{twice}", twice == 0);
        Line("headlines that are sentences or file names", $"{badHeadlines.Count} of {headlines.Count}", badHeadlines.Count == 0);
        Line("subject", $"{digest.Subject.Length} characters", digest.Subject.Length <= MaxSubject);
        Line(
            "a shortened e-mail links to the whole digest",
            digest.Full is null ? "nothing left out" : string.Create(CultureInfo.InvariantCulture, $"{model.FullDigest?.MoreStoryCount} more stories, {model.FullDigest?.ShortenedStoryCount} shortened; whole digest {Encoding.UTF8.GetByteCount(digest.Full.Html):N0} bytes"),
            digest.Full is null || model.FullDigest?.Url is not null);
        Line($"stories of {BigStory}+ articles reaching their latest developments", $"{reach.Count(r => r.Reached)} of {reach.Count}", reach.All(r => r.Reached));
        FigureTrackCheck.Print(FigureTrackCheck.Judge(shown.Zip(model.Stories)), Line);
        foreach (var (sentence, kind) in junk.Take(10))
        {
            Console.WriteLine($"  {kind}: {sentence[..Math.Min(120, sentence.Length)]}");
        }

        foreach (var headline in badHeadlines.Take(5))
        {
            Console.WriteLine($"  headline: {headline}");
        }

        foreach (var r in reach.Where(r => !r.Reached))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stops short: \"{r.Headline}\" last entry {r.Last}, 95% of articles by {r.Day95}"));
        }

        if (listTracks)
        {
            ListTracks(stories);
        }

        return 0;
    }

    // Tracks listed per story beside the ones shown: the most reported that were left out, to judge both.
    private const int ListedLeftOut = 4;

    private static void ListTracks(IEnumerable<Story> stories)
    {
        var options = StoryReportOptions.Default;
        foreach (var story in stories.Where(s => s.Articles.Count > 1).OrderByDescending(s => s.Articles.Count))
        {
            var timeline = StoryTimeline.Build(story, options.Timeline);
            var tracks = StoryFigures.Track(story, timeline)
                .Select(t => t.Steps.Count <= options.MaxStepsPerFigure ? t : t with { Steps = t.Steps.TakeLast(options.MaxStepsPerFigure).ToList() })
                .ToList();
            var shown = tracks.Where(StoryFigures.CanBeFollowed).Take(options.MaxFigures).ToList();
            tracks = [.. shown, .. tracks.Except(shown).Take(ListedLeftOut)];
            if (tracks.Count == 0)
            {
                continue;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"story of {story.Articles.Count}: {story.Headline}"));
            foreach (var track in tracks)
            {
                var followed = shown.Contains(track) ? "shown" : StoryFigures.CanBeFollowed(track) ? "followed, not shown" : "left out";
                Console.WriteLine($"  {track.Label} [{followed}, {(FigureTrackCheck.NamesCountedThing(track.Label) ? "counted" : "NOT COUNTED")}]");
                foreach (var step in track.Steps)
                {
                    var words = track.Observations
                        .Where(o => !o.IsPrior && step.Sources.Contains(o.Source) && o.Date >= step.From && o.Date <= step.To && Math.Abs(o.Value - step.Value) <= SameValue * Math.Abs(step.Value))
                        .Select(o => o.Text)
                        .Distinct(StringComparer.Ordinal)
                        .Take(3);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {step.Value:#,0.##} ({step.From}): {string.Join(" / ", words)}"));
                }
            }
        }
    }

    private static void Line(string what, string value, bool met) =>
        Console.WriteLine($"  {(met ? "ok  " : "MISS")} {what,-62} {value}");

    private static (bool Reached, string Headline, DateOnly? Last, DateOnly Day95) Reach(Story story, StoryModel shown)
    {
        var days = story.Articles.Select(a => EventDate.Of(a.Published)?.End).OfType<DateOnly>().Order().ToList();
        var day95 = days.Count == 0 ? DateOnly.MinValue : days[(int)Math.Ceiling(0.95 * days.Count) - 1];
        var last = shown.Developments.Select(d => DateOnly.TryParse(d.DateIso.Length >= 10 ? d.DateIso[..10] : d.DateIso + (d.DateIso.Length == 7 ? "-01" : "-01-01"), CultureInfo.InvariantCulture, out var day) ? day : (DateOnly?)null).Max();
        return (last is { } l && l.DayNumber >= day95.DayNumber - ReachDays, shown.Headline, last, day95);
    }

    private static string? JunkClass(string sentence) =>
        Comment().IsMatch(sentence) ? "comment"
        : Dateline().IsMatch(sentence) ? "dateline"
        : Stamp().IsMatch(sentence) ? "stamp"
        : Furniture().IsMatch(sentence) ? "furniture"
        : Tokenizer().IsMatch(sentence) ? "tokenizer marks"
        : null;

    [GeneratedRegex(@"\bposted by\b|report abuse|\brecommend\b.*\breply\b|^\S+ wrote:|\b\S*[-_\d]\S* wrote:", RegexOptions.IgnoreCase)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\b[A-Z]{3,}[A-Z ,.]*(?:\|| \((?:Reuters|AP|AFP|CNN|BBC)\))")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?:updated|posted|published)\s*:|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*\|", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"\bfull (?:article|story)\b|\bsent to\s*:|\S@\S+\.[a-z]{2,}|\bclick here\b|\bsubscribe\b|\bshare this\b", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"-[LR][RSC]B-|``|''|\w ,\s|\s's\b|\sn't\b")]
    private static partial Regex Tokenizer();

    [GeneratedRegex(@"[^.]\.[""'”’)]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\S+\.[A-Za-z0-9]{2,5}$")]
    private static partial Regex FileName();
}
