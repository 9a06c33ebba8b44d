using Digest.Core.Digests;
using Digest.Storage.Settings;

namespace Digest.Storage.Digests;

/// <summary>
/// The app settings that shape a digest, read the same way by the Functions app and the local runtime. A value that is
/// not a positive whole number stops the host at start, naming the setting, rather than at the first digest.
/// </summary>
public static class DigestSettings
{
    /// <summary>The digest options the settings ask for, the defaults for those not set.</summary>
    public static DigestOptions Read(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var options = DigestOptions.Default;
        if (SettingValue.PositiveWholeNumber(setting, SettingNames.DigestMaxStories) is { } maxStories)
        {
            options = options with { MaxStories = maxStories };
        }

        if (SettingValue.PositiveWholeNumber(setting, SettingNames.DigestMaxEntriesPerStory) is { } maxEntries)
        {
            options = options with { Report = options.Report with { Timeline = options.Report.Timeline with { MaxDevelopments = maxEntries } } };
        }

        if (SettingValue.PositiveWholeNumber(setting, SettingNames.DigestMaxPartBytes) is { } maxPartBytes)
        {
            options = options with { MaxPartBytes = maxPartBytes };
        }

        if (SettingValue.PositiveWholeNumber(setting, SettingNames.DigestStoryRetirementDays) is { } retirementDays)
        {
            options = options with { Grouping = options.Grouping with { RetirementDays = retirementDays } };
        }

        if (SettingValue.TrueOrFalse(setting, SettingNames.DigestSendEmpty) is { } sendWhenQuiet)
        {
            options = options with { SendWhenQuiet = sendWhenQuiet };
        }

        // Readers see times where the schedule is set unless told otherwise: a Berlin schedule means Berlin readers.
        if ((TimeZoneSetting.Read(setting, SettingNames.DigestTimeZone) ?? TimeZoneSetting.Read(setting, SettingNames.ScheduleTimeZone)) is { } zone)
        {
            options = options with { TimeZone = zone };
        }

        return options;
    }
}
