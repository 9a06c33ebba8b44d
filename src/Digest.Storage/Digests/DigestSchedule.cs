using Digest.Storage.Settings;
using NCrontab;

namespace Digest.Storage.Digests;

/// <summary>
/// When digests are built: a six-field NCrontab expression (seconds first) from the <c>DigestSchedule</c> setting, read
/// in UTC unless <c>WEBSITE_TIME_ZONE</c> names a zone, as the Functions host reads it. Both the Functions timer trigger
/// and the local runtime use it. Each occurrence is a digest period, named by its instant in UTC.
/// </summary>
public sealed class DigestSchedule
{
    public const string DefaultExpression = "0 0 7 * * *";

    // Widening windows keep finding the previous occurrence cheap for every-second and once-a-year schedules alike.
    private static readonly TimeSpan[] LookBack =
        [TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(367), TimeSpan.FromDays(366 * 5)];

    private readonly CrontabSchedule _schedule;

    private DigestSchedule(string expression, CrontabSchedule schedule, TimeZoneInfo zone)
    {
        Expression = expression;
        _schedule = schedule;
        TimeZone = zone;
    }

    public string Expression { get; }

    /// <summary>The zone the expression's hours and days are in.</summary>
    public TimeZoneInfo TimeZone { get; }

    public static DigestSchedule Default { get; } = Parse(DefaultExpression);

    /// <summary>The schedule the settings ask for: <c>DigestSchedule</c> (or the default) in <c>WEBSITE_TIME_ZONE</c> (or UTC).</summary>
    public static DigestSchedule Read(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var expression = setting(SettingNames.DigestSchedule) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : DefaultExpression;
        return Parse(expression, TimeZoneSetting.Read(setting, SettingNames.ScheduleTimeZone));
    }

    public static DigestSchedule Parse(string expression, TimeZoneInfo? zone = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields != 6)
        {
            throw new FormatException($"{SettingNames.DigestSchedule} \"{expression}\" has {fields} fields; a timer schedule has six, seconds first (e.g. \"0 0 7 * * *\").");
        }

        var schedule = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new FormatException($"{SettingNames.DigestSchedule} \"{expression}\" is not a valid NCrontab expression (seconds minutes hours day month day-of-week).");
        return new DigestSchedule(expression, schedule, zone ?? TimeZoneInfo.Utc);
    }

    public DateTimeOffset NextAfter(DateTimeOffset time)
    {
        var local = Local(time);
        while (true)
        {
            local = _schedule.GetNextOccurrence(local);

            // A wall-clock time skipped when clocks go forward does not happen that day, as on the host.
            if (!TimeZone.IsInvalidTime(local))
            {
                return Instant(local);
            }
        }
    }

    /// <summary>The latest occurrence at or before <paramref name="time"/>: the period a run at that time builds.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset time)
    {
        var end = Local(time).AddTicks(1);
        foreach (var window in LookBack)
        {
            var occurrence = _schedule.GetNextOccurrences(end - window, end)
                .Where(local => !TimeZone.IsInvalidTime(local))
                .Select(Instant)
                .Where(instant => instant <= time)
                .LastOrDefault();
            if (occurrence != default)
            {
                return occurrence;
            }
        }

        return null;
    }

    /// <summary>
    /// The period a run at <paramref name="time"/> builds: the latest scheduled occurrence, so a retried or late run
    /// rebuilds the same period instead of starting another; the minute itself when the schedule never fired.
    /// </summary>
    public DateTimeOffset PeriodAt(DateTimeOffset time) =>
        LatestAtOrBefore(time) ?? new DateTimeOffset(time.UtcDateTime.Year, time.UtcDateTime.Month, time.UtcDateTime.Day, time.UtcDateTime.Hour, time.UtcDateTime.Minute, 0, TimeSpan.Zero);

    private DateTime Local(DateTimeOffset time) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(time, TimeZone).DateTime, DateTimeKind.Unspecified);

    // A wall-clock time that happens twice when clocks go back is taken the first time.
    private DateTimeOffset Instant(DateTime local)
    {
        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
