using Digest.Core.Summaries;

namespace Digest.Cli.Timelines;

/// <summary>One date of a story's timeline: the date ("2021-02-18", "2020-02", "2018"), how precise it is, what happened, and who said so.</summary>
/// <param name="Date">The date, ISO 8601 to its precision.</param>
/// <param name="Precision">Day, month or year.</param>
/// <param name="Sentences">What happened, in the articles' words.</param>
/// <param name="Sources">The names of the articles that report it.</param>
/// <param name="Inferred">Whether only the story supports the date: no article states it for this event.</param>
public sealed record TimelineEntry(string Date, DatePrecision Precision, IReadOnlyList<string> Sentences, IReadOnlyList<string> Sources, bool Inferred);
