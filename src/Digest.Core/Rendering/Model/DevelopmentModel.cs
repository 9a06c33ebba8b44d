namespace Digest.Core.Rendering.Model;

/// <summary>One dated row of a story's timeline.</summary>
/// <param name="Date">The date for display, as precise as the articles allow ("18 Feb 2021", "Feb 2020", "2018").</param>
/// <param name="DateIso">The date as ISO 8601 to its precision.</param>
/// <param name="Precision">"day", "month" or "year".</param>
/// <param name="IsNew">Whether it is new since the previous digest.</param>
/// <param name="Sentences">What happened, in the articles' words.</param>
/// <param name="Sources">The articles that report it, at most the digest's sources per entry, different outlets first.</param>
/// <param name="MoreSourceCount">How many further articles report it.</param>
/// <param name="IsInferred">Whether only the story supports the date; <paramref name="Date"/> then reads "≈ 12 Feb 2020".</param>
public sealed record DevelopmentModel(
    string Date,
    string DateIso,
    string Precision,
    bool IsNew,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<SourceLinkModel> Sources,
    int MoreSourceCount,
    bool IsInferred);
