
namespace Digest.Storage.Settings;

/// <summary>
/// The name of every app setting Digest reads, in one place. Both hosts read the same names: the Functions app from its
/// app settings, the local runtime from environment variables and a <c>local.settings.json</c>. A name with <c>__</c>
/// is a section (<c>Smtp__Host</c> is <c>Smtp:Host</c> in configuration), as the Functions host spells it.
/// </summary>
public static class SettingNames
{
    /// <summary>The storage account: a connection string, or the <c>__blobServiceUri</c>/<c>__accountName</c> section for an identity.</summary>
    public const string Storage = "AzureWebJobsStorage";

    /// <summary>Six-field NCrontab expression of the digest timer (default <c>0 0 7 * * *</c>).</summary>
    public const string DigestSchedule = "DigestSchedule";

    /// <summary>
    /// The zone <see cref="DigestSchedule"/> is read in, as the Functions host reads it on the plans that support it
    /// (not Linux Consumption or Flex Consumption, where schedules are UTC). Unset means UTC.
    /// </summary>
    public const string ScheduleTimeZone = "WEBSITE_TIME_ZONE";

    /// <summary>The zone a digest shows its times in (an IANA id such as <c>Europe/Berlin</c>); defaults to the schedule's zone.</summary>
    public const string DigestTimeZone = "DigestTimeZone";

    /// <summary>A folder, or a blob prefix in the storage account, whose Scriban templates replace the embedded ones.</summary>
    public const string DigestTemplates = "DigestTemplates";

    /// <summary>Stories shown in full in one digest (default 10).</summary>
    public const string DigestMaxStories = "DigestMaxStories";

    /// <summary>Timeline entries shown per story (default 12).</summary>
    public const string DigestMaxEntriesPerStory = "DigestMaxEntriesPerStory";

    /// <summary>Most bytes of each e-mail part, HTML and text (default 100000, under Gmail's clipping at about 102 KB).</summary>
    public const string DigestMaxPartBytes = "DigestMaxPartBytes";

    /// <summary>Whether a digest is mailed when no article arrived since the previous one (<c>true</c>/<c>false</c>, default false: only stored).</summary>
    public const string DigestSendEmpty = "DigestSendEmpty";

    /// <summary>Days without a new article after which a story leaves the digest and the story index (default 30).</summary>
    public const string DigestStoryRetirementDays = "DigestStoryRetirementDays";

    /// <summary>Seconds one article may take to parse before its summary records an error instead (default 10).</summary>
    public const string ArticleTimeBudgetSeconds = "ArticleTimeBudgetSeconds";

    /// <summary>Seconds between scans of the <c>articles</c> container in the local runtime (Azure uses Event Grid instead).</summary>
    public const string ArticleScanIntervalSeconds = "ArticleScanIntervalSeconds";

    /// <summary>
    /// An https URL each digest is also posted to as JSON (a Slack incoming webhook, a Teams workflow, a receiver of
    /// one's own); unset turns the webhook channel off. A secret: it carries the receiver's token, so it is never logged.
    /// </summary>
    public const string DigestWebhookUrl = "DigestWebhookUrl";

    public const string SmtpHost = "Smtp__Host";
    public const string SmtpPort = "Smtp__Port";
    public const string SmtpTlsMode = "Smtp__TlsMode";
    public const string SmtpUser = "Smtp__User";
    public const string SmtpPassword = "Smtp__Password";
    public const string SmtpFrom = "Smtp__From";
    public const string SmtpTo = "Smtp__To";
}
