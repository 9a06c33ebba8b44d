namespace Digest.Core.Stories;

/// <summary>
/// A set of words as their numbers in one story's <see cref="WordWeights"/>, in ascending order, with each one's weight
/// beside it and their total: two such sets are compared by a merge of two short arrays instead of a lookup per word.
/// </summary>
internal sealed record WeighedWords(int[] Ids, double[] Weights, double Total);
