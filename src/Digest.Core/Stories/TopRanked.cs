namespace Digest.Core.Stories;

/// <summary>
/// The first few items of an order, without sorting them all: a bounded heap keeps the best <c>count</c> seen so far, so
/// taking the 10 heaviest of a story's 600 terms costs n log k and allocates k, where sorting cost n log n and allocated n
/// on every article added. Gives what <c>OrderBy(order).Take(count)</c> gives when the order is total (ties broken by a key).
/// </summary>
internal static class TopRanked
{
    /// <summary>The first <paramref name="count"/> items by <paramref name="order"/> (negative: ranks first), first first.</summary>
    public static List<T> Of<T>(IEnumerable<T> items, int count, IComparer<T> order)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(order);
        if (count <= 0)
        {
            return [];
        }

        // The heap's root is the worst item kept, the one a better newcomer replaces.
        var capacity = items.TryGetNonEnumeratedCount(out var known) ? Math.Min(known, count) : count;
        var kept = new PriorityQueue<T, T>(capacity, Comparer<T>.Create((a, b) => order.Compare(b, a)));
        foreach (var item in items)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(item, item);
            }
            else if (order.Compare(item, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(item, item);
            }
        }

        var best = new T[kept.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = kept.Dequeue();
        }

        return [.. best];
    }
}
