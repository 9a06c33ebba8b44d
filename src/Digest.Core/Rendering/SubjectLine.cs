using System.Text.RegularExpressions;
using Digest.Core.Rendering.Model;

namespace Digest.Core.Rendering;

/// <summary>The e-mail subject: the top story's headline and the digest's date, on one line.</summary>
internal static partial class SubjectLine
{
    public static string Of(DigestModel model, string date)
    {
        var subject = model.Stories.Count switch
        {
            0 => $"News digest, {date}: nothing new",
            1 => $"{model.Stories[0].Headline} – news digest, {date}",
            _ => $"{model.Stories[0].Headline} (+{model.Stories.Count - 1} more) – news digest, {date}",
        };

        // Article text must not be able to break the header onto a new line.
        return ControlOrSpace().Replace(subject, " ").Trim();
    }

    [GeneratedRegex(@"[\s\p{C}]+")]
    private static partial Regex ControlOrSpace();
}
