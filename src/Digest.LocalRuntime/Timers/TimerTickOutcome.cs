namespace Digest.LocalRuntime.Timers;

/// <summary>What a timer check did.</summary>
public enum TimerTickOutcome
{
    /// <summary>The next occurrence is still ahead.</summary>
    NotDue,

    /// <summary>Another runtime holds the singleton lease.</summary>
    HeldElsewhere,

    /// <summary>Fired on time.</summary>
    Fired,

    /// <summary>Fired late, for an occurrence missed while no runtime was running.</summary>
    FiredPastDue,
}
