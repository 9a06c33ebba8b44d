namespace Digest.Core.Summaries;

/// <summary>Where a publication date was found.</summary>
public enum PublicationDateSource
{
    /// <summary>Out-of-band metadata (blob metadata or a sidecar file).</summary>
    Metadata,

    /// <summary>HTML meta tags, JSON-LD or a time element.</summary>
    Html,

    /// <summary>A byline or "Published ..." line in the text.</summary>
    Dateline,

    /// <summary>A date in the article's URL.</summary>
    Url,

    /// <summary>A full date in the running text.</summary>
    Content,

    /// <summary>Reasoned from partial dates (e.g. a weekday plus a day of a month).</summary>
    Inferred,
}
