using Digest.Core.Parsing;
using Digest.Storage.Settings;

namespace Digest.Storage.Articles;

/// <summary>The app settings that shape parsing, read the same way by both hosts; a bad value stops the host at start, naming it.</summary>
public static class ArticleSettings
{
    /// <summary>Longest budget accepted: beyond it a host's timeout (Functions' default is 30 min) would end the article first.</summary>
    private const int MaxTimeBudgetSeconds = 600;

    public static ArticleParserOptions Read(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return SettingValue.Seconds(setting, SettingNames.ArticleTimeBudgetSeconds, MaxTimeBudgetSeconds) is { } budget
            ? ArticleParserOptions.Default with { TimeBudget = budget }
            : ArticleParserOptions.Default;
    }
}
