using System.Globalization;
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
        if (setting(SettingNames.ArticleTimeBudgetSeconds) is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return ArticleParserOptions.Default;
        }

        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= MaxTimeBudgetSeconds
            ? ArticleParserOptions.Default with { TimeBudget = TimeSpan.FromSeconds(seconds) }
            : throw new FormatException($"{SettingNames.ArticleTimeBudgetSeconds} must be a number of seconds between 0 and {MaxTimeBudgetSeconds}, not \"{text}\".");
    }
}
