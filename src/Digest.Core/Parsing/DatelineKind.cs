namespace Digest.Core.Parsing;

/// <summary>What a line carrying a date says about the article.</summary>
internal enum DatelineKind
{
    /// <summary>"Published ..." or "Posted ...".</summary>
    Published,

    /// <summary>A date in the byline ("By X - Feb 12,2020").</summary>
    Byline,

    /// <summary>"Updated ..." or "Last updated ...".</summary>
    Updated,

    /// <summary>"Today: ..." page chrome: the day the page was viewed, never the publication date.</summary>
    Viewed,
}
