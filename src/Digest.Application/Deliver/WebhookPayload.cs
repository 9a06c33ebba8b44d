using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Digest.Application.Deliver;

/// <summary>
/// The body the webhook channel posts: <c>{"text": …, "digest": …}</c>. Slack incoming webhooks and Teams workflows
/// show <c>text</c> and ignore the rest; a receiver of its own reads the whole digest model from <c>digest</c>.
/// </summary>
public static class WebhookPayload
{
    /// <summary>
    /// Headlines the text names: a chat message is read at a glance, and the stories beyond these are counted, with the
    /// link to the whole digest, rather than listed.
    /// </summary>
    public const int MaxHeadlines = 5;

    public static string Of(StoredDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var model = digest.Json is null ? null : JsonNode.Parse(digest.Json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("text", Text(digest.Subject, model));
            writer.WritePropertyName("digest");
            if (model is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                model.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The subject, then the leading headlines, how many stories are left unnamed, and the whole digest's link if it has one.</summary>
    public static string Text(string subject, JsonNode? model)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var lines = new List<string> { subject };
        var headlines = model?["stories"]?.AsArray()
            .Select(story => story?["headline"]?.GetValue<string>())
            .OfType<string>()
            .ToList() ?? [];
        lines.AddRange(headlines.Take(MaxHeadlines).Select(headline => "• " + headline));

        var unnamed = headlines.Count - Math.Min(headlines.Count, MaxHeadlines) + (model?["moreStoryCount"]?.GetValue<int>() ?? 0);
        if (unnamed > 0)
        {
            lines.Add(unnamed == 1 ? "…and 1 more story" : $"…and {unnamed} more stories");
        }

        if (model?["fullDigest"]?["url"]?.GetValue<string>() is { Length: > 0 } url)
        {
            lines.Add("Whole digest: " + url);
        }

        return string.Join('\n', lines);
    }
}
