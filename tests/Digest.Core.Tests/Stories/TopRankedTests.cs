using CsCheck;
using Digest.Core.Stories;

namespace Digest.Core.Tests.Stories;

public class TopRankedTests
{
    // Weights from a few values, so that ties are common and the tie-break by key decides.
    private static readonly IComparer<(int Key, double Weight)> HeaviestThenKey = Comparer<(int Key, double Weight)>.Create((a, b) =>
        b.Weight.CompareTo(a.Weight) is var byWeight and not 0 ? byWeight : a.Key.CompareTo(b.Key));

    [Fact]
    public void Gives_what_sorting_all_and_taking_the_first_gives()
    {
        Gen.Int[0, 40].Select(count => (count, Gen.Int[0, 9].List[0, 700]))
            .SelectMany((count, weights) => weights.Select(w => (count, w)))
            .Sample(
                sample =>
                {
                    var (count, weights) = sample;
                    var items = weights.Select((w, key) => (Key: key, Weight: (double)w)).Reverse().ToList();
                    Assert.Equal(items.Order(HeaviestThenKey).Take(count), TopRanked.Of(items, count, HeaviestThenKey));
                },
                iter: 500);
    }

    [Fact]
    public void Takes_the_first_of_items_that_are_already_in_order_or_reversed()
    {
        var ascending = Enumerable.Range(0, 5_000).Select(i => (Key: i, Weight: (double)i)).ToList();

        Assert.Equal(Enumerable.Range(0, 100).Select(i => 4_999 - i), TopRanked.Of(ascending, 100, HeaviestThenKey).Select(t => t.Key));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => 4_999 - i), TopRanked.Of(Enumerable.Reverse(ascending), 100, HeaviestThenKey).Select(t => t.Key));
    }

    [Fact]
    public void Reads_a_sequence_of_unknown_length_once()
    {
        var reads = 0;
        IEnumerable<(int Key, double Weight)> Items()
        {
            for (var i = 0; i < 300; i++)
            {
                reads++;
                yield return (i, i % 7);
            }
        }

        var top = TopRanked.Of(Items(), 10, HeaviestThenKey);

        Assert.Equal(300, reads);
        Assert.Equal([6, 13, 20, 27, 34, 41, 48, 55, 62, 69], top.Select(t => t.Key));
    }
}
