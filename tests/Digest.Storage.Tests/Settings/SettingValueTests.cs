using Digest.Storage.Settings;

namespace Digest.Storage.Tests.Settings;

public sealed class SettingValueTests
{
    private static Func<string, string?> One(string? value) => name => name == "Knob" ? value : null;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_unset_or_blank_setting_is_not_set(string? value)
    {
        Assert.Null(SettingValue.PositiveWholeNumber(One(value), "Knob"));
        Assert.Null(SettingValue.Seconds(One(value), "Knob"));
        Assert.Null(SettingValue.TrueOrFalse(One(value), "Knob"));
        Assert.Null(SettingValue.WholeNumber(One(value), "Knob", 1, 9, "a digit"));
    }

    [Fact]
    public void Reads_values_in_the_invariant_culture_whatever_spaces_surround_them()
    {
        Assert.Equal(12, SettingValue.PositiveWholeNumber(One(" 12 "), "Knob"));
        Assert.Equal(TimeSpan.FromSeconds(2.5), SettingValue.Seconds(One("2.5"), "Knob"));
        Assert.True(SettingValue.TrueOrFalse(One(" TRUE "), "Knob"));
        Assert.Equal(587, SettingValue.WholeNumber(One("587"), "Knob", 1, 65535, "a port number (1-65535)"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1,000")]
    [InlineData("ten")]
    public void Names_the_setting_and_its_value_when_it_is_no_positive_whole_number(string value)
    {
        var error = Assert.Throws<FormatException>(() => SettingValue.PositiveWholeNumber(One(value), "Knob"));

        Assert.Equal($"Knob must be a positive whole number, not \"{value}\".", error.Message);
    }

    [Fact]
    public void Holds_seconds_to_their_limit_and_says_it()
    {
        var error = Assert.Throws<FormatException>(() => SettingValue.Seconds(One("601"), "Knob", 600));

        Assert.Equal("Knob must be a number of seconds between 0 and 600, not \"601\".", error.Message);
        Assert.Equal("Knob must be a positive number of seconds, not \"0\".", Assert.Throws<FormatException>(() => SettingValue.Seconds(One("0"), "Knob")).Message);
    }

    [Fact]
    public void Says_what_a_switch_takes()
    {
        Assert.Equal("Knob must be true or false, not \"yes\".", Assert.Throws<FormatException>(() => SettingValue.TrueOrFalse(One("yes"), "Knob")).Message);
    }

    [Fact]
    public void Says_the_range_a_bounded_number_takes()
    {
        Assert.Equal("Knob must be a digit, not \"12\".", Assert.Throws<FormatException>(() => SettingValue.WholeNumber(One("12"), "Knob", 1, 9, "a digit")).Message);
    }
}
