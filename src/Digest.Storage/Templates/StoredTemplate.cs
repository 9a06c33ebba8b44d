namespace Digest.Storage.Templates;

/// <summary>A template's text and the blob URL it was read from.</summary>
public sealed record StoredTemplate(string Origin, string Text);
