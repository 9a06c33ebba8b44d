namespace Digest.Core.Stories.Grouping;

/// <summary>
/// A story in a term's posting with its summed weight of the term, kept in step with <see cref="StoryProfile.TermSums"/>:
/// reading candidates reads thousands of postings per article, and the weight beside the story spares a dictionary lookup
/// into the story's terms for each.
/// </summary>
internal struct StoryPosting(StoryProfile story, double sum)
{
    public StoryProfile Story { get; } = story;

    public double Sum { get; set; } = sum;
}
