using System.Text.RegularExpressions;
using Digest.Core.Rendering.Model;
using Digest.Core.Text;

namespace Digest.Core.Digests;

/// <summary>The e-mail subject: the top story's headline and the digest's date, on one line that inboxes show whole.</summary>
internal static partial class SubjectLine
{
    /// <summary>
    /// Inboxes cut a subject near 80 characters on a desktop and sooner on a phone (RFC 2822 recommends lines of at most 78
    /// characters); the headline gives way, so the count of stories and the date always show.
    /// </summary>
    public const int MaxLength = 80;

    public static string Of(DigestModel model, string date)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Stories.Count == 0)
        {
            return OneLine($"News digest, {date}: nothing new");
        }

        var rest = (model.Stories.Count > 1 ? $" (+{model.Stories.Count - 1} more)" : "") + $" – news digest, {OneLine(date)}";
        return Shortened(OneLine(model.Stories[0].Headline), MaxLength - rest.Length) + rest;
    }

    // Article text must not be able to break the header onto a new line.
    private static string OneLine(string text) => ControlOrSpace().Replace(text, " ").Trim();

    /// <summary>The text, or as much of it as fits <paramref name="length"/> characters with an ellipsis, cut at a word.</summary>
    private static string Shortened(string text, int length) =>
        text.Length <= length ? text : ShortText.Cut(text, Math.Max(0, length - 1), minWordCut: 1);

    [GeneratedRegex(@"[\s\p{C}]+")]
    private static partial Regex ControlOrSpace();
}
