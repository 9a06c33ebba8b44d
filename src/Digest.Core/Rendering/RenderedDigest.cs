namespace Digest.Core.Rendering;

/// <summary>A digest ready to store and send: subject, HTML part, text part and the model as JSON.</summary>
public sealed record RenderedDigest(string Subject, string Html, string Text, string Json);
