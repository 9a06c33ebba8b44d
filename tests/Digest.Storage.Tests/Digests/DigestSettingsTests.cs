using Digest.Core.Digests;
using Digest.Storage.Digests;
using Digest.Storage.Settings;

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
            [SettingNames.DigestMaxStories] = "5",
            [SettingNames.DigestMaxEntriesPerStory] = " 20 ",
            [SettingNames.DigestStoryRetirementDays] = "90",
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
        var error = Assert.Throws<FormatException>(() => DigestSettings.Read(key => key == SettingNames.DigestMaxStories ? value : null));

        Assert.Contains(SettingNames.DigestMaxStories, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_byte_budget_of_each_email_part()
    {
        Assert.Equal(60_000, DigestSettings.Read(key => key == SettingNames.DigestMaxPartBytes ? "60000" : null).MaxPartBytes);
        Assert.Equal(100_000, DigestSettings.Read(_ => null).MaxPartBytes);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" False ", false)]
    [InlineData("True", true)]
    public void Reads_whether_a_digest_with_nothing_new_is_mailed(string value, bool send)
    {
        Assert.Equal(send, DigestSettings.Read(key => key == SettingNames.DigestSendEmpty ? value : null).SendWhenQuiet);
    }

    [Fact]
    public void Refuses_a_send_empty_value_that_is_not_true_or_false_naming_the_setting()
    {
        var error = Assert.Throws<FormatException>(() => DigestSettings.Read(key => key == SettingNames.DigestSendEmpty ? "yes" : null));

        Assert.Contains(SettingNames.DigestSendEmpty, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_times_in_the_digest_time_zone_or_else_the_schedules()
    {
        var both = new Dictionary<string, string?> { [SettingNames.DigestTimeZone] = "America/New_York", [SettingNames.ScheduleTimeZone] = "Europe/Berlin" };
        var scheduleOnly = new Dictionary<string, string?> { [SettingNames.ScheduleTimeZone] = "Europe/Berlin" };

        Assert.Equal("America/New_York", DigestSettings.Read(both.GetValueOrDefault).TimeZone!.Id);
        Assert.Equal("Europe/Berlin", DigestSettings.Read(scheduleOnly.GetValueOrDefault).TimeZone!.Id);
        Assert.Null(DigestSettings.Read(_ => null).TimeZone);
    }
}
