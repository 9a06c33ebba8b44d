namespace Digest.Storage.Settings;

/// <summary>Reads a time zone setting: an IANA id (<c>Europe/Berlin</c>), or <c>UTC</c>; unset means none.</summary>
public static class TimeZoneSetting
{
    /// <summary>The zone the setting names, or null when it is not set. Throws <see cref="FormatException"/> naming the setting for an unknown zone.</summary>
    public static TimeZoneInfo? Read(Func<string, string?> setting, string name)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (setting(name) is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(text.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new FormatException($"{name} \"{text}\" is not a time zone known here; use an IANA id such as Europe/Berlin, or UTC.", e);
        }
    }
}
