namespace Digest.LocalRuntime.Blobs;

/// <summary>What became of one article version this scan.</summary>
internal enum ArticleOutcome
{
    /// <summary>Summarised (or found to need no summary) by this runtime.</summary>
    Processed,

    /// <summary>Failed, to be tried again.</summary>
    Failed,

    /// <summary>Failed the last allowed attempt and recorded as poison.</summary>
    Poisoned,

    /// <summary>Another runtime holds it now; to be looked at again.</summary>
    Pending,

    /// <summary>Its receipt says it was finished before (by a runtime since restarted, or another one).</summary>
    AlreadyFinished,
}
