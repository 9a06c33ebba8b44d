using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>
/// Separates a pasted page's story from its chrome (navigation, share widgets, captions, links to other stories),
/// keeping the title, credit and date lines as facts rather than body text.
/// </summary>
internal static partial class PageChromeFilter
{
    // Navigation and widget lines are a few words with no sentence punctuation; a real paragraph is longer.
    private const int EdgeLineMaxWords = 6;

    // A headline runs to twenty-odd words at most; a longer first line is a paragraph.
    private const int TitleMaxWords = 30;

    // A line giving an address to write to is a sentence or two; a story that quotes an address runs on.
    private const int ContactMaxWords = 25;

    // A link's text before its label ("… tied to fat in kids Full Article") is a headline, as long as titles run.
    private const int LinkTextMaxWords = TitleMaxWords;

    public static ArticleLayout Filter(string text)
    {
        var warnings = new List<string>();
        var datelines = new List<DatelineEvidence>();
        string? byline = null;
        string? outlet = null;
        var content = new List<string>();

        foreach (var line in Lines(text))
        {
            if (Viewed().Match(line) is { Success: true } viewed)
            {
                datelines.Add(new DatelineEvidence(DatelineKind.Viewed, line, viewed.Groups["date"].Value));
                continue;
            }

            if (Dateline().Match(line) is { Success: true } dated && dated.Groups["date"].Value.Any(char.IsDigit))
            {
                var kind = dated.Groups["kind"].Value.Contains("pdate", StringComparison.OrdinalIgnoreCase)
                    ? DatelineKind.Updated
                    : DatelineKind.Published;
                datelines.Add(new DatelineEvidence(kind, line, dated.Groups["date"].Value));
                continue;
            }

            if (CreditLineReader.ReadByline(line) is { } credit)
            {
                byline ??= credit.Name;
                if (credit.Remainder.Length > 0)
                {
                    datelines.Add(new DatelineEvidence(DatelineKind.Byline, line, credit.Remainder));
                }

                continue;
            }

            if (CreditLineReader.ReadAgency(line) is { } agency)
            {
                outlet ??= agency;
                continue;
            }

            if (IsChrome(line))
            {
                continue;
            }

            // A wire dateline ahead of the story's first sentence ("WASHINGTON | Tue Mar 1, 2011 12:46pm EST WASHINGTON
            // (Reuters) - President …") is the page's, the sentence after it the story's.
            var story = Subhead().Replace(WireDateline().Replace(LinkLabel().Replace(AfterLinkText(line), " "), string.Empty), string.Empty).Trim();
            if (story.Length > 0)
            {
                content.Add(TrailingChrome().Replace(story, string.Empty));
            }
        }

        var titleIndex = content.FindIndex(IsTitleLike);
        string? title = null;
        var paragraphs = new List<string>();
        if (titleIndex < 0)
        {
            warnings.Add("No title line found.");
            paragraphs.AddRange(content);
        }
        else
        {
            title = content[titleIndex];
            paragraphs.AddRange(content.Skip(titleIndex + 1).Where(p => !SameText(p, title)));
        }

        TrimEdges(paragraphs);
        if (title is not null && paragraphs.Count > 2 && TeaserDetector.IsTeaser(title, paragraphs[0], paragraphs.Skip(1)))
        {
            warnings.Add($"Dropped a teaser for another story under the title: \"{paragraphs[0]}\"");
            paragraphs.RemoveAt(0);
        }

        return new ArticleLayout(title, byline, outlet, paragraphs, datelines, warnings);
    }

    /// <summary>
    /// The line from its link label on, when what comes before the label is a link's text: a headline-like run of words
    /// with no sentence end ("No exercise, more than lying around, tied to fat in kids Full Article Only a flight away?")
    /// is a teaser for another page, glued to this one's text when the page was pasted. A sentence before a label
    /// ("… said on Monday. Continue reading") is the story's own and stays.
    /// </summary>
    private static string AfterLinkText(string line)
    {
        var label = LinkLabel().Match(line);
        if (!label.Success || label.Index == 0)
        {
            return line;
        }

        var before = line[..label.Index].TrimEnd();
        return before.Length > 0 && !EndsSentence(before) && Words(before) <= LinkTextMaxWords ? line[label.Index..] : line;
    }

    /// <summary>True for lines that are page furniture wherever they appear.</summary>
    public static bool IsChrome(string line) =>
        KnownChrome().IsMatch(line) || OtherStoryLink().IsMatch(line) || Caption().IsMatch(line)
        || ReaderComment().IsMatch(line) || TimeStamp().IsMatch(line) || (Contact().IsMatch(line) && Words(line) <= ContactMaxWords);

    /// <summary>Paragraph candidates: one per line, with hard-wrapped lines joined back and spaces collapsed.</summary>
    private static IEnumerable<string> Lines(string text)
    {
        string? pending = null;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = Whitespace.Collapse(text.AsSpan(start, end - start).Trim().ToString());
            start = end + 1;
            if (line.Length == 0)
            {
                if (pending is not null)
                {
                    yield return pending;
                    pending = null;
                }

                continue;
            }

            if (pending is not null && IsWrapped(pending, line))
            {
                pending = pending + " " + line;
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = line;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    // A line broken mid-sentence by a fixed-width paste: long, no closing punctuation, next line starts lower-case.
    private static bool IsWrapped(string line, string next) =>
        line.Length >= 40 && !EndsSentence(line) && char.IsLower(next[0]);

    private static bool IsTitleLike(string line)
    {
        var words = Words(line);
        return words is >= 3 and <= TitleMaxWords && !line.EndsWith(':');
    }

    // Chinese and Japanese write words without spaces between them (Korean mostly with): count about two characters of
    // those scripts as a word, so their lines measure like other languages' instead of as one long "word".
    private static int Words(string line)
    {
        var (words, unspaced) = (0, 0);
        for (var i = 0; i < line.Length; i++)
        {
            words += line[i] != ' ' && (i == 0 || line[i - 1] == ' ') ? 1 : 0;
            unspaced += IsUnspacedScript(line[i]) ? 1 : 0;
        }

        return words + (unspaced / 2);
    }

    private static bool IsUnspacedScript(char c) =>
        c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');

    private static void TrimEdges(List<string> paragraphs)
    {
        while (paragraphs.Count > 0 && IsEdgeChrome(paragraphs[^1]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        while (paragraphs.Count > 0 && IsEdgeChrome(paragraphs[0]))
        {
            paragraphs.RemoveAt(0);
        }
    }

    private static bool IsEdgeChrome(string line) =>
        Words(line) <= EdgeLineMaxWords && !EndsSentence(line);

    private static bool EndsSentence(string line) => SentenceEnd().IsMatch(line);

    private static bool SameText(string a, string b) => Whitespace.EqualCollapsedIgnoringCase(a, b);

    // Closing quotes or brackets may follow the mark, in Latin and in CJK typography.
    [GeneratedRegex("[" + SentenceEnds.Marks + SentenceEnds.Ellipsis + SentenceEnds.OtherScripts + QuoteMarks.Closers + "»)」』）]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^today\s*[:,–—-]\s*(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Viewed();

    [GeneratedRegex(
        @"^(?<kind>published|updated|last updated|first published|posted|last modified|modified)\s*(?:on|at|:)?\s*:?\s*(?<date>.{4,80})$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    [GeneratedRegex(
        @"^(?:you are here|home|menu|search|share(?: this(?: article)?)?|tweet|print|e-?mail|pdf|up|down|top|back to top|" +
        @"newsletters?|advertisement|advertising|sponsored(?: content)?|related(?: (?:articles|stories|news))?|comments?|" +
        @"subscribe(?: now)?|sign (?:in|up)|log ?in|leave a (?:reply|comment)|post a comment|most (?:read|popular|viewed)|" +
        @"trending(?: now)?|skip to (?:main )?content|follow us.*|tags? ?:.*|" +
        @"your email address will not be published.*|required fields are marked.*|" +
        @".*\bemailed to you\b.*|(?:get|receive) (?:our |the )?(?:top )?(?:stories|news|headlines)\b.*|" +
        @"\d[\d,.]* (?:users?|people|readers?|visitors?) (?:have|has) (?:voted|rated|liked|read)\b.*|" +
        @"\|? ?(?:image|photo|picture|video|source) ?: ?\S*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex KnownChrome();

    // A reader's comment under a story: its signature line, the links beside it, and a comment that opens with its time and
    // its writer's handle ("At 2:13 pm on 28 May 2010, corum-populo-2010 wrote: …"), or with a handle no person's name
    // looks like (digits, hyphens or underscores in one word) and "wrote:". Not anywhere in a line (a comment quoting
    // another, glued after it): dropping those from comment-thread pages cost Timeline17 grouping precision, 0.999 -> 0.981.
    [GeneratedRegex(
        @"^posted by\b|\|\s*report abuse\b|^report abuse$|^reply$|^\d+ (?:comments?|replies)$|" +
        @"^at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+on [^,]{3,30}, \S{2,40} wrote:|^\S*[-_\d]\S* wrote:",
        RegexOptions.IgnoreCase)]
    private static partial Regex ReaderComment();

    // A line that is only a date and a time (a comment's or a page's stamp): "March 21, 2011 at 10:13 am |".
    [GeneratedRegex(
        @"^\|?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2})" +
        @",?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?\s*\|?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TimeStamp();

    // Where to write to the paper, not news: an e-mail address with an instruction ("Letters … should be sent to: …").
    [GeneratedRegex(@"\b(?:e-?mail|write|send|sent|contact|letters|tips)\b.*\S@\S+\.[a-z]{2,}|\S@\S+\.[a-z]{2,}.*\b(?:e-?mail|write|send|sent|contact|letters|tips)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    // A subhead in capitals glued to the sentence after it ("WHAT TO DO Swine flu symptoms are …"): three or more words,
    // so that an acronym or two opening a sentence ("US NATO forces") stays.
    [GeneratedRegex(@"^(?:[A-Z][A-Z'’-]+\s){3,}(?=[A-Z][a-z])")]
    private static partial Regex Subhead();

    // Link labels glued into the text of a pasted page.
    [GeneratedRegex(@"\s*\b(?:Full (?:Article|Story)|Continue reading|Read (?:the )?full (?:article|story))\b\s*")]
    private static partial Regex LinkLabel();

    // An upper-case place, perhaps a time stamp, then the wire's credit in brackets and a dash, before the first sentence.
    [GeneratedRegex(@"^(?:[^()]{0,80}?\s)?[A-Z][A-Z .'-]{2,}(?:,\s[A-Za-z0-9 .]{2,30})?\s\([A-Z][A-Za-z .&]{1,25}\)\s?[-–—]+\s?(?=\S)")]
    private static partial Regex WireDateline();

    [GeneratedRegex(@"^(?:read|also read|read more|read also|see also|more|related|watch|listen|must read)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex OtherStoryLink();

    [GeneratedRegex(
        @"^\[[^\]]*\]$|\((?:photo|image|picture|file photo|photograph)\b[^)]*\)\s*$|^(?:photo|image|picture|credit|caption)\s*:",
        RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(
        @"(?<=[.!?”""])\s*(?:to read more|read more|for more|click here|follow us)\b[^.!?]{0,80}[.!?]?\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TrailingChrome();
}
