using NCrontab;

namespace Digest.Storage.Digests;

/// <summary>
/// When digests are built: a six-field NCrontab expression (seconds first, UTC), read from the <c>DigestSchedule</c>
/// setting by both the Functions timer trigger and the local runtime. Each occurrence is a digest period.
/// </summary>
public sealed class DigestSchedule
{
    public const string SettingName = "DigestSchedule";
    public const string DefaultExpression = "0 0 7 * * *";

    // Widening windows keep finding the previous occurrence cheap for every-second and once-a-year schedules alike.
    private static readonly TimeSpan[] LookBack =
        [TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(367), TimeSpan.FromDays(366 * 5)];

    private readonly CrontabSchedule _schedule;

    private DigestSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
    }

    public string Expression { get; }

    public static DigestSchedule Parse(string expression)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields != 6)
        {
            throw new FormatException($"{SettingName} \"{expression}\" has {fields} fields; a timer schedule has six, seconds first (e.g. \"0 0 7 * * *\").");
        }

        return new DigestSchedule(expression, CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true }));
    }

    public DateTimeOffset NextAfter(DateTimeOffset time) => Utc(_schedule.GetNextOccurrence(time.UtcDateTime));

    /// <summary>The latest occurrence at or before <paramref name="time"/>: the period a run at that time builds.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset time)
    {
        var end = time.UtcDateTime.AddTicks(1);
        foreach (var window in LookBack)
        {
            var occurrences = _schedule.GetNextOccurrences(end - window, end).ToList();
            if (occurrences.Count > 0)
            {
                return Utc(occurrences[^1]);
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

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
