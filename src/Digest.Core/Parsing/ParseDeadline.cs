namespace Digest.Core.Parsing;

/// <summary>
/// The time one article may take. Every stage of parsing is linear in the (capped) input, so checking between stages
/// bounds a parse to the budget plus one stage; <see cref="Check"/> throws once the budget is spent.
/// </summary>
internal sealed class ParseDeadline(TimeProvider time, TimeSpan budget)
{
    private readonly long _started = time.GetTimestamp();

    public static ParseDeadline None { get; } = new(TimeProvider.System, Timeout.InfiniteTimeSpan);

    /// <summary>Throws <see cref="ParseTimeoutException"/> when the budget is spent, naming the stage that was about to start.</summary>
    public void Check(string nextStage)
    {
        if (budget == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        var elapsed = time.GetElapsedTime(_started);
        if (elapsed > budget)
        {
            throw new ParseTimeoutException(
                $"Article took longer than its time budget of {budget.TotalSeconds:0.#} s to parse ({elapsed.TotalSeconds:0.#} s, stopped before {nextStage})");
        }
    }
}
