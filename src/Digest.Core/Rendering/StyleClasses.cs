using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Digest.Core.Rendering;

/// <summary>
/// Moves a rendered page's inline styles into one style sheet, one class per distinct style. A digest repeats the same
/// few dozen styles on thousands of elements; written once, they stop costing most of the inbox's byte budget (Gmail clips
/// HTML past about 102 KB). The mail clients that matter read a <c>&lt;style&gt;</c> sheet in the head and class selectors
/// (Gmail, Apple Mail, Outlook); one that strips it shows the digest unstyled but whole.
/// </summary>
internal static partial class StyleClasses
{
    // Names no template uses for its own classes.
    private const string Prefix = "d";

    /// <summary>The page with each inline style replaced by a class, and the classes' rules ahead of the page's own sheet.</summary>
    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var head = html.IndexOf("<style", StringComparison.OrdinalIgnoreCase);
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (head < 0 || body < 0)
        {
            return html;
        }

        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        var rewritten = Tag().Replace(html[body..], tag => Rewrite(tag.Value, classes));
        var rules = new StringBuilder("<style>\n");
        foreach (var (style, name) in classes)
        {
            rules.Append(CultureInfo.InvariantCulture, $"  .{name} {{ {style} }}\n");
        }

        rules.Append("</style>\n");

        // Before the page's own sheet, whose dark-mode and phone rules must win (they are !important or come later).
        return string.Concat(html.AsSpan(0, head), rules.ToString(), html.AsSpan(head, body - head), rewritten);
    }

    private static string Rewrite(string tag, Dictionary<string, string> classes)
    {
        var style = StyleAttribute().Match(tag);
        if (!style.Success)
        {
            return tag;
        }

        var value = style.Groups[1].Value.Trim().TrimEnd(';');
        if (!classes.TryGetValue(value, out var name))
        {
            name = Prefix + classes.Count.ToString(CultureInfo.InvariantCulture);
            classes.Add(value, name);
        }

        var without = tag.Remove(style.Index, style.Length);
        var existing = ClassAttribute().Match(without);
        return existing.Success
            ? without.Insert(existing.Groups[1].Index + existing.Groups[1].Length, " " + name)
            : without.Insert(without.Length - (without.EndsWith("/>", StringComparison.Ordinal) ? 2 : 1), $" class=\"{name}\"");
    }

    [GeneratedRegex("<[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+style=\"([^\"]*)\"")]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("\\sclass=\"([^\"]*)\"")]
    private static partial Regex ClassAttribute();
}
