namespace Digest.Application.Ingest;

/// <summary>What processing one article version did.</summary>
public enum ArticleProcessingResult
{
    /// <summary>A summary was written.</summary>
    Summarised,

    /// <summary>The stored summary was already made from this version by this parser.</summary>
    AlreadySummarised,

    /// <summary>The article was replaced or deleted before it could be read.</summary>
    Superseded,
}
