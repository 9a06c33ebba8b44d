namespace Digest.Core.Stories.Timelines;

/// <summary>One article's account of something that happened on a date: the raw material of a development.</summary>
/// <param name="Date">When it happened, or when the article said so for publication-dated reports.</param>
/// <param name="Sentence">The sentence (or clause) to show.</param>
/// <param name="FromMention">Whether the date comes from a mention in the sentence rather than from the publication date.</param>
/// <param name="MentionsDate">Whether the sentence names a date at all, even one still to come.</param>
/// <param name="IsKeySentence">Whether the parser picked the sentence as key to the article.</param>
/// <param name="Source">The article.</param>
/// <param name="ArticleIndex">The article's place in the story's reading order.</param>
/// <param name="Position">The report's place within its article.</param>
/// <param name="Words">Content words, for telling whether two reports tell the same event.</param>
/// <param name="PlannedFor">For a sentence dated by publication that names a date still to come, the earliest such date.</param>
/// <param name="IsInferred">Whether only the story supports the date, as for a day named without its year in an undated article.</param>
internal sealed record DatedReport(
    EventDate Date,
    string Sentence,
    bool FromMention,
    bool MentionsDate,
    bool IsKeySentence,
    SourceRef Source,
    int ArticleIndex,
    int Position,
    IReadOnlySet<string> Words,
    EventDate? PlannedFor = null,
    bool IsInferred = false);
