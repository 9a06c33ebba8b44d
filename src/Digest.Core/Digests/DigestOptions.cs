using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;

namespace Digest.Core.Digests;

/// <summary>Knobs for composing a digest: how to group stories, how much to say about each, and how many to include.</summary>
/// <param name="Grouping">How articles are grouped into stories.</param>
/// <param name="Report">How much the digest says about one story: timeline entries, figures, quotes.</param>
/// <param name="MaxStories">Stories shown in full, the most newsworthy first.</param>
/// <param name="MaxMoreStories">Further active stories named in the one-line list after them.</param>
/// <param name="MaxSourcesPerEntry">Articles cited for one timeline entry, figure value or list of undated articles; the rest are counted.</param>
/// <param name="TimeZone">The zone the digest shows its date and times in; null for UTC.</param>
/// <param name="MaxPartBytes">
/// Most bytes of each part of the e-mail, HTML and text: Gmail clips a message whose HTML passes about 102 KB and hides
/// the rest, footer included. Stories shown in full give way, lowest first, to the one-line list after them.
/// </param>
/// <param name="SendWhenQuiet">
/// Whether a digest no article arrived for since the previous one is mailed too; by default it is only stored, since a reader
/// gains nothing from an email that says nothing happened.
/// </param>
public sealed record DigestOptions(
    StoryGroupingOptions Grouping,
    StoryReportOptions Report,
    int MaxStories = 10,
    int MaxMoreStories = 20,
    int MaxSourcesPerEntry = 4,
    TimeZoneInfo? TimeZone = null,
    bool SendWhenQuiet = false,
    int MaxPartBytes = 100_000)
{
    public static DigestOptions Default { get; } = new(StoryGroupingOptions.Default, StoryReportOptions.Default);
}
