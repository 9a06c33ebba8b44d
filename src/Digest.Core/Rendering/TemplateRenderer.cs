using System.Globalization;
using Digest.Core.Rendering.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Digest.Core.Rendering;

/// <summary>
/// Renders a digest model through named Scriban templates, escaping every output value when the template is HTML. The
/// templates are read and parsed once, up front, so a broken one fails construction with its file, line and message.
/// </summary>
internal sealed class TemplateRenderer
{
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateRenderer(ITemplateSource source, IEnumerable<string> templateNames)
    {
        var errors = new List<string>();
        foreach (var name in templateNames)
        {
            var origin = source.OriginOf(name);
            var template = Template.Parse(source.Load(name), origin);
            if (template.HasErrors)
            {
                errors.AddRange(template.Messages.Select(m => m.ToString()));
            }
            else
            {
                _parsed[name] = template;
            }
        }

        if (errors.Count > 0)
        {
            throw new DigestTemplateException($"Digest template error: {string.Join("; ", errors)}");
        }
    }

    public string Render(string templateName, DigestModel model, bool escapeHtml)
    {
        var template = _parsed[templateName];
        var globals = new ScriptObject();
        globals.SetValue("digest", model, readOnly: true);
        var context = escapeHtml ? new HtmlEscapingTemplateContext() : new TemplateContext();

        // A misspelt name in an overriding template should fail loudly, not render as an empty string.
        context.StrictVariables = true;
        context.EnableRelaxedMemberAccess = false;
        context.NewLine = "\n";

        // The model bounds every list (DigestOptions), so Scriban's default of 1,000 iterations per loop would only
        // fail a digest that is large but bounded, such as ten stories citing a hundred sources each; 0 lifts it.
        context.LoopLimit = 0;
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new DigestTemplateException($"Digest template error: {e.Message}", e);
        }
    }
}
