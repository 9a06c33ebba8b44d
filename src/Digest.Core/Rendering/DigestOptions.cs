using Digest.Core.Stories;

namespace Digest.Core.Rendering;

/// <summary>Knobs for composing a digest: how to group stories, how much to say about each, and how many to include.</summary>
public sealed record DigestOptions(StoryGroupingOptions Grouping, StoryReportOptions Report, int MaxStories = 10)
{
    public static DigestOptions Default { get; } = new(StoryGroupingOptions.Default, StoryReportOptions.Default);
}
