using Digest.Core.Summaries;

namespace Digest.Core.Rendering;

/// <summary>Groups summaries into stories and renders the digest of how each developed.</summary>
public sealed class DigestComposer
{
    public RenderedDigest Compose(IReadOnlyList<ArticleSummary> summaries, DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(request);
        var titles = string.Join("\n", summaries.Select(s => s.Title));
        return new RenderedDigest("Digest", $"<html><body><pre>{System.Net.WebUtility.HtmlEncode(titles)}</pre></body></html>", titles, "{}");
    }
}
