using System.Globalization;
using Digest.Core.Rendering;

namespace Digest.Storage.Digests;

/// <summary>
/// The app settings that shape a digest, read the same way by the Functions app and the local runtime. A value that is
/// not a positive whole number stops the host at start, naming the setting, rather than at the first digest.
/// </summary>
public static class DigestSettings
{
    /// <summary>Stories shown in full in one digest (default 10).</summary>
    public const string MaxStoriesKey = "DigestMaxStories";

    /// <summary>Timeline entries shown per story (default 12).</summary>
    public const string MaxEntriesPerStoryKey = "DigestMaxEntriesPerStory";

    /// <summary>Days without a new article after which a story leaves the digest and the in-memory story index (default 30).</summary>
    public const string StoryRetirementDaysKey = "DigestStoryRetirementDays";

    /// <summary>The digest options the settings ask for, the defaults for those not set.</summary>
    public static DigestOptions Read(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var options = DigestOptions.Default;
        if (PositiveNumber(setting, MaxStoriesKey) is { } maxStories)
        {
            options = options with { MaxStories = maxStories };
        }

        if (PositiveNumber(setting, MaxEntriesPerStoryKey) is { } maxEntries)
        {
            options = options with { Report = options.Report with { Timeline = options.Report.Timeline with { MaxDevelopments = maxEntries } } };
        }

        if (PositiveNumber(setting, StoryRetirementDaysKey) is { } retirementDays)
        {
            options = options with { Grouping = options.Grouping with { RetirementDays = retirementDays } };
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
