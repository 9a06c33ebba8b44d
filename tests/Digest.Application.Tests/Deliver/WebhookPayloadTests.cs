using System.Text.Json.Nodes;
using Digest.Application.Deliver;

namespace Digest.Application.Tests.Deliver;

public sealed class WebhookPayloadTests
{
    private static readonly DateTimeOffset Period = new(2021, 2, 20, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Carries_the_text_and_the_digest_model_unchanged()
    {
        var json = ReadTestFile("digest.json");

        var body = JsonNode.Parse(WebhookPayload.Of(new StoredDigest(Period, "News digest: NATO", "text", "<p>html</p>", json)))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), body["digest"]));
        Assert.StartsWith("News digest: NATO\n", (string)body["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_names_the_leading_headlines_counts_the_rest_and_links_the_whole_digest()
    {
        var text = WebhookPayload.Text("Subject", JsonNode.Parse(ReadTestFile("digest.json")));

        Assert.Equal(
            string.Join('\n', "Subject", "• Story 1", "• Story 2", "• Story 3", "• Story 4", "• Story 5", "…and 2 more stories", "Whole digest: https://example.org/full.html"),
            text);
    }

    [Fact]
    public void Without_a_model_the_text_is_the_subject_and_the_digest_is_null()
    {
        var body = JsonNode.Parse(WebhookPayload.Of(new StoredDigest(Period, "Subject", "text", "<p>html</p>")))!;

        Assert.Equal("Subject", (string)body["text"]!);
        Assert.Null(body["digest"]);
    }

    private static string ReadTestFile(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Webhook", name));
}
