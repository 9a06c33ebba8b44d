using Digest.Core.Stories.Grouping;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Stories;

public class StoryIndexStateTests
{
    [Fact]
    public void A_state_keeps_the_fingerprint_of_what_grouped_it_through_json()
    {
        var fingerprint = GroupingVersion.Of(StoryGroupingOptions.Default);
        var state = new StoryIndex().Export() with { GroupedBy = fingerprint };

        Assert.Equal(fingerprint, StoredJson.Deserialize<StoryIndexState>(StoredJson.Serialize(state)).GroupedBy);
    }

    [Fact]
    public void A_state_stored_before_fingerprints_reads_with_none()
    {
        const string json = """
            {
              "documentCount": 0,
              "documentFrequency": {},
              "entityKeys": {},
              "entityDisplayNames": {},
              "nextStoryId": 1,
              "stories": []
            }
            """;

        var state = StoredJson.Deserialize<StoryIndexState>(json);

        Assert.Null(state.GroupedBy);
        Assert.Equal(1, state.NextStoryId);
    }
}
