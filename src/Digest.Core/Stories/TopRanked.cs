using System.Buffers;

namespace Digest.Core.Stories;

/// <summary>
/// The first few items of an order, without sorting them all: the items are partitioned around the <c>count</c>-th
/// (quickselect, about 2n comparisons) and only the <c>count</c> before it are sorted. Taking a story's 100 heaviest of
/// 600 terms, which grouping does whenever a story changed, costs about a third of the comparisons a bounded heap made,
/// and the work area is rented, not allocated. Gives what <c>OrderBy(order).Take(count)</c> gives when the order is total
/// (ties broken by a key).
/// </summary>
internal static class TopRanked
{
    // Below this many items a partition is finished by insertion sort: fewer comparisons and no recursion.
    private const int InsertionSortLength = 12;

    /// <summary>The first <paramref name="count"/> items by <paramref name="order"/> (negative: ranks first), first first.</summary>
    public static List<T> Of<T>(IEnumerable<T> items, int count, IComparer<T> order)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(order);
        if (count <= 0)
        {
            return [];
        }

        var capacity = items.TryGetNonEnumeratedCount(out var known) ? known : 64;
        var buffer = ArrayPool<T>.Shared.Rent(Math.Max(1, capacity));
        try
        {
            var length = 0;
            foreach (var item in items)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(2 * buffer.Length);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                buffer[length++] = item;
            }

            var all = buffer.AsSpan(0, length);
            if (all.Length > count)
            {
                SelectFirst(all, count, order);
                all = all[..count];
            }

            all.Sort(order);
            return [.. all];
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    /// <summary>
    /// Reorders <paramref name="items"/> so that its first <paramref name="count"/> are the first by <paramref name="order"/>,
    /// in no particular order among themselves. Past a depth of twice the logarithm of the length (an unlucky run of
    /// pivots) the rest is sorted outright, which bounds the work at n log n.
    /// </summary>
    private static void SelectFirst<T>(Span<T> items, int count, IComparer<T> order)
    {
        var depth = 2 * (int)Math.Log2(items.Length);
        while (items.Length > InsertionSortLength)
        {
            if (depth-- == 0)
            {
                items.Sort(order);
                return;
            }

            var pivot = Partition(items, order);
            if (pivot == count || pivot == count - 1)
            {
                return;
            }

            if (pivot > count)
            {
                items = items[..pivot];
            }
            else
            {
                items = items[(pivot + 1)..];
                count -= pivot + 1;
            }
        }

        InsertionSort(items, order);
    }

    /// <summary>
    /// Partitions around the median of the first, middle and last items; returns where the pivot ends: every item before
    /// it ranks before it, every item after it does not.
    /// </summary>
    private static int Partition<T>(Span<T> items, IComparer<T> order)
    {
        var last = items.Length - 1;
        var middle = last / 2;
        if (order.Compare(items[middle], items[0]) < 0)
        {
            (items[middle], items[0]) = (items[0], items[middle]);
        }

        if (order.Compare(items[last], items[0]) < 0)
        {
            (items[last], items[0]) = (items[0], items[last]);
        }

        if (order.Compare(items[last], items[middle]) < 0)
        {
            (items[last], items[middle]) = (items[middle], items[last]);
        }

        // The median now sits in the middle; it is parked at the end while the rest is split around it.
        (items[middle], items[last]) = (items[last], items[middle]);
        var pivot = items[last];
        var store = 0;
        for (var i = 0; i < last; i++)
        {
            if (order.Compare(items[i], pivot) < 0)
            {
                (items[i], items[store]) = (items[store], items[i]);
                store++;
            }
        }

        (items[store], items[last]) = (items[last], items[store]);
        return store;
    }

    private static void InsertionSort<T>(Span<T> items, IComparer<T> order)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var at = i;
            while (at > 0 && order.Compare(item, items[at - 1]) < 0)
            {
                items[at] = items[at - 1];
                at--;
            }

            items[at] = item;
        }
    }
}
