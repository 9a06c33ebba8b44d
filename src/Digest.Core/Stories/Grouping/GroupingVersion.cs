using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Digest.Core.Stories.Grouping;

/// <summary>
/// What grouped a stored story index: the grouping code's <see cref="Version"/> and the <see cref="StoryGroupingOptions"/>.
/// An index grouped otherwise is regrouped from the summaries, so a change to grouping reaches stories already stored.
/// </summary>
public static class GroupingVersion
{
    /// <summary>
    /// The version of the grouping code. Bump it whenever a change to grouping code (<see cref="StoryIndex"/>, the terms and
    /// entities it reads, or its constants) would group the same summaries differently: stored indexes are then regrouped once.
    /// </summary>
    public const int Version = 3;

    // Every public property, in declaration order, with numbers in JSON's culture-invariant round-trip form: an option
    // added later is part of the fingerprint without anyone remembering to add it here.
    private static readonly JsonSerializerOptions OptionsJson = new(JsonSerializerDefaults.General)
    {
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>
    /// The fingerprint of grouping with <paramref name="options"/> by this code: the version, a colon, and the options as
    /// compact JSON, e.g. <c>1:{"SimilarityThreshold":0.05,...}</c>. It is the readable text rather than a hash of it, so
    /// the log line of a regrouped index shows which option changed; it costs a few hundred bytes in a compressed blob.
    /// Compare fingerprints ordinally.
    /// </summary>
    public static string Of(StoryGroupingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Version.ToString(CultureInfo.InvariantCulture) + ":" + JsonSerializer.Serialize(options, OptionsJson);
    }
}
