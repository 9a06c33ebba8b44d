using Digest.Application.Publish;

namespace Digest.LocalRuntime.Timers;

/// <summary>The outcome of a timer check, the digest it published if it fired, and the status it left.</summary>
public sealed record TimerTickResult(TimerTickOutcome Outcome, TimerScheduleStatus Status, DigestPublication? Publication = null);
