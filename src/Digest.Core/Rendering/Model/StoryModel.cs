namespace Digest.Core.Rendering.Model;

/// <summary>One story as the digest shows it: timeline, figures and quotes.</summary>
/// <param name="Id">The story's number within this digest.</param>
/// <param name="Headline">The latest article's title.</param>
/// <param name="Period">The span of dates the timeline covers, e.g. "2018 – 18 Feb 2021"; without a dated entry, when its articles were published; "undated" when nothing dates it.</param>
/// <param name="ArticleCount">How many articles the story draws on.</param>
/// <param name="NewDevelopmentCount">How many developments are new since the previous digest.</param>
/// <param name="Developments">The timeline, oldest first.</param>
/// <param name="Figures">Figures tracked across the articles.</param>
/// <param name="Speakers">Quotations grouped by speaker.</param>
/// <param name="Unplaced">Articles no date or resemblance could place on the timeline, at most the digest's sources per entry.</param>
/// <param name="MoreUnplacedCount">How many further articles could not be placed.</param>
public sealed record StoryModel(
    int Id,
    string Headline,
    string Period,
    int ArticleCount,
    int NewDevelopmentCount,
    IReadOnlyList<DevelopmentModel> Developments,
    IReadOnlyList<FigureTrackModel> Figures,
    IReadOnlyList<SpeakerModel> Speakers,
    IReadOnlyList<SourceLinkModel> Unplaced,
    int MoreUnplacedCount);
