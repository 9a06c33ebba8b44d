using Digest.Core.Summaries;

namespace Digest.Cli.Timelines;

/// <summary>One date of a story's timeline: the date ("2021-02-18", "2020-02", "2018"), how precise it is, what happened, and who said so.</summary>
public sealed record TimelineEntry(string Date, DatePrecision Precision, IReadOnlyList<string> Sentences, IReadOnlyList<string> Sources);
