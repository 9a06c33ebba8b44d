using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Digest.Core.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template outputs with <c>{{ ... }}</c>, while the
/// template's own markup passes through untouched; escaping cannot be forgotten in a template, only
/// the template author's literal text is trusted.
/// </summary>
internal sealed class HtmlEscapingTemplateContext : TemplateContext
{
    // Scriban routes the result of every output expression through this overload; literal template
    // text goes through Write(ScriptStringSlice) instead, so only values get escaped.
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
        return this;
    }

    // Rendering is synchronous today; escaping must not depend on that staying true.
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        textAsObject is null
            ? ValueTask.FromResult<TemplateContext>(this)
            : WriteAsync(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
}
