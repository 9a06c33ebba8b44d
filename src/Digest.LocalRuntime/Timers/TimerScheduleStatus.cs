namespace Digest.LocalRuntime.Timers;

/// <summary>The persisted state of a timer, as the Functions host keeps it: last and next occurrence.</summary>
public sealed record TimerScheduleStatus(DateTimeOffset? Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
