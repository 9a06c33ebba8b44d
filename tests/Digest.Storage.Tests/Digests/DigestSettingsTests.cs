using Digest.Core.Rendering;
using Digest.Storage.Digests;

namespace Digest.Storage.Tests.Digests;

public class DigestSettingsTests
{
    [Fact]
    public void Unset_settings_give_the_default_digest()
    {
        Assert.Equal(DigestOptions.Default, DigestSettings.Read(_ => null));
    }

    [Fact]
    public void Reads_the_story_count_entries_per_story_and_retirement_window()
    {
        var values = new Dictionary<string, string>
        {
            [DigestSettings.MaxStoriesKey] = "5",
            [DigestSettings.MaxEntriesPerStoryKey] = " 20 ",
            [DigestSettings.StoryRetirementDaysKey] = "90",
        };

        var options = DigestSettings.Read(values.GetValueOrDefault);

        Assert.Equal(5, options.MaxStories);
        Assert.Equal(20, options.Report.Timeline.MaxDevelopments);
        Assert.Equal(90, options.Grouping.RetirementDays);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("2.5")]
    public void Refuses_a_value_that_is_not_a_positive_whole_number_naming_the_setting(string value)
    {
        var error = Assert.Throws<FormatException>(() => DigestSettings.Read(key => key == DigestSettings.MaxStoriesKey ? value : null));

        Assert.Contains(DigestSettings.MaxStoriesKey, error.Message, StringComparison.Ordinal);
    }
}
