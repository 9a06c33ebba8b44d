namespace Digest.Core.Digests;

/// <summary>A digest ready to store and send: subject, HTML part, text part and the model as JSON.</summary>
public sealed record RenderedDigest(string Subject, string Html, string Text, string Json)
{
    /// <summary>
    /// The whole digest, every story in full, when this one had to leave part of it out to fit the inbox budget; null when
    /// this one is whole. It is stored for the reader to open from the e-mail's link, never mailed.
    /// </summary>
    public RenderedDigest? Full { get; init; }
}
