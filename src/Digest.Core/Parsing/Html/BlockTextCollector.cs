using System.Text;
using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>Turns the DOM under a content root into text blocks as a reader sees them, one per paragraph-like element.</summary>
internal sealed class BlockTextCollector
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "details", "summary",
    };

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private int _linkLength;
    private bool _heading;

    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    public static IReadOnlyList<TextBlock> Collect(IEnumerable<IElement> roots)
    {
        var collector = new BlockTextCollector();
        foreach (var root in roots)
        {
            collector.Visit(root, inLink: false);
            collector.Flush();
        }

        return collector._blocks;
    }

    private void Visit(INode node, bool inLink)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data, inLink);
                break;
            case IElement element when element.LocalName == "br":
                Flush();
                break;
            case IElement element when IsBlock(element.LocalName):
                Flush();
                _heading = element.LocalName is ['h', >= '1' and <= '6'];
                foreach (var child in element.ChildNodes)
                {
                    Visit(child, inLink);
                }

                Flush();
                break;
            case IElement element:
                var link = inLink || element.LocalName == "a";
                foreach (var child in element.ChildNodes)
                {
                    Visit(child, link);
                }

                break;
        }
    }

    private void Append(string raw, bool inLink)
    {
        var folded = HtmlText.Fold(raw);
        if (folded.Length == 0)
        {
            if (raw.Length > 0 && _text.Length > 0 && _text[^1] != ' ')
            {
                _text.Append(' ');
            }

            return;
        }

        if (_text.Length > 0 && _text[^1] != ' ' && raw.Length > 0 && char.IsWhiteSpace(raw[0]))
        {
            _text.Append(' ');
        }

        _text.Append(folded);
        if (inLink)
        {
            _linkLength += folded.Length;
        }

        if (raw.Length > 0 && char.IsWhiteSpace(raw[^1]))
        {
            _text.Append(' ');
        }
    }

    private void Flush()
    {
        var text = _text.ToString().Trim();
        if (text.Length > 0)
        {
            _blocks.Add(new TextBlock(text, _linkLength, _heading));
        }

        _text.Clear();
        _linkLength = 0;
        _heading = false;
    }
}
