using Digest.Storage.Settings;

namespace Digest.Storage.Runtime;

/// <summary>
/// How the functions are triggered and retried, as constants the Functions app's attributes take and the local runtime
/// follows, so the two hosts cannot drift apart.
/// </summary>
public static class FunctionBindings
{
    /// <summary>The blob path <c>ParseArticle</c> is triggered by.</summary>
    public const string ArticlesPath = StorageContainers.Articles + "/{name}";

    /// <summary>The timer schedule of <c>BuildDigest</c>: the app setting, resolved by the host.</summary>
    public const string DigestSchedule = "%" + SettingNames.DigestSchedule + "%";

    /// <summary>
    /// Retries of a failed <c>BuildDigest</c> run before the timer waits for its next occurrence: a digest that failed on
    /// a passing outage (storage, SMTP) should still arrive the same morning, and five doublings from 30 s span about 15 min.
    /// </summary>
    public const int DigestMaxRetryCount = 5;

    /// <summary>Wait before the first retry.</summary>
    public const string DigestRetryMinimumInterval = "00:00:30";

    /// <summary>Longest wait between retries.</summary>
    public const string DigestRetryMaximumInterval = "00:10:00";
}
