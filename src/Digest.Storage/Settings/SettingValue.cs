using System.Globalization;

namespace Digest.Storage.Settings;

/// <summary>
/// The one way both hosts read a number or a switch from an app setting: unset or blank is "not set" (null), surrounding
/// spaces do not count, numbers are read in the invariant culture, and a value that is not what the setting takes throws
/// <see cref="FormatException"/> naming the setting and the value, so a host stops at start with one clear line.
/// </summary>
public static class SettingValue
{
    /// <summary>The setting's text, trimmed, or null when it is unset or blank.</summary>
    public static string? Text(Func<string, string?> setting, string name) => Given(setting, name)?.Trim();

    /// <summary>A whole number of at least 1.</summary>
    public static int? PositiveWholeNumber(Func<string, string?> setting, string name) =>
        Given(setting, name) is { } given ? PositiveWholeNumber(given, name) : null;

    /// <summary><paramref name="text"/> as a whole number of at least 1, for a value read from elsewhere (host.json) under <paramref name="name"/>.</summary>
    public static int PositiveWholeNumber(string text, string name) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{name} must be a positive whole number, not \"{text}\".");

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, described to the operator as <paramref name="what"/>.</summary>
    public static int? WholeNumber(Func<string, string?> setting, string name, int min, int max, string what) =>
        Given(setting, name) is not { } given ? null
        : int.TryParse(given.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new FormatException($"{name} must be {what}, not \"{given}\".");

    /// <summary>A number of seconds above 0, and at most <paramref name="max"/> when given.</summary>
    public static TimeSpan? Seconds(Func<string, string?> setting, string name, double? max = null) =>
        Given(setting, name) is not { } given ? null
        : double.TryParse(given.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && (max is null || seconds <= max)
            ? TimeSpan.FromSeconds(seconds)
        : throw new FormatException(max is null
            ? $"{name} must be a positive number of seconds, not \"{given}\"."
            : $"{name} must be a number of seconds between 0 and {max.Value.ToString(CultureInfo.InvariantCulture)}, not \"{given}\".");

    /// <summary>true or false, in any case.</summary>
    public static bool? TrueOrFalse(Func<string, string?> setting, string name) =>
        Given(setting, name) is not { } given ? null
        : bool.TryParse(given.Trim(), out var value) ? value
        : throw new FormatException($"{name} must be true or false, not \"{given}\".");

    // The setting as given, read once (messages quote it as the operator wrote it), or null when it is unset or blank.
    private static string? Given(Func<string, string?> setting, string name)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return setting(name) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;
    }
}
