using System.Globalization;
using Digest.Core.Rendering;
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
        if (PositiveNumber(setting, SettingNames.DigestMaxStories) is { } maxStories)
        {
            options = options with { MaxStories = maxStories };
        }

        if (PositiveNumber(setting, SettingNames.DigestMaxEntriesPerStory) is { } maxEntries)
        {
            options = options with { Report = options.Report with { Timeline = options.Report.Timeline with { MaxDevelopments = maxEntries } } };
        }

        if (PositiveNumber(setting, SettingNames.DigestMaxPartBytes) is { } maxPartBytes)
        {
            options = options with { MaxPartBytes = maxPartBytes };
        }

        if (PositiveNumber(setting, SettingNames.DigestStoryRetirementDays) is { } retirementDays)
        {
            options = options with { Grouping = options.Grouping with { RetirementDays = retirementDays } };
        }

        if (setting(SettingNames.DigestSendEmpty) is { } sendEmpty && !string.IsNullOrWhiteSpace(sendEmpty))
        {
            options = options with
            {
                SendWhenQuiet = bool.TryParse(sendEmpty.Trim(), out var send)
                    ? send
                    : throw new FormatException($"{SettingNames.DigestSendEmpty} must be true or false, not \"{sendEmpty}\"."),
            };
        }

        // Readers see times where the schedule is set unless told otherwise: a Berlin schedule means Berlin readers.
        if ((TimeZoneSetting.Read(setting, SettingNames.DigestTimeZone) ?? TimeZoneSetting.Read(setting, SettingNames.ScheduleTimeZone)) is { } zone)
        {
            options = options with { TimeZone = zone };
        }

        return options;
    }

    private static int? PositiveNumber(Func<string, string?> setting, string key)
    {
        if (setting(key) is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{key} must be a positive whole number, not \"{text}\".");
    }
}
