using System.Collections.Concurrent;
using System.Globalization;
using Digest.Core.Rendering.Model;
using Scriban;
using Scriban.Runtime;

namespace Digest.Core.Rendering;

/// <summary>Renders a digest model through a named Scriban template, escaping every output value when the template is HTML.</summary>
internal sealed class TemplateRenderer(ITemplateSource source)
{
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public string Render(string templateName, DigestModel model, bool escapeHtml)
    {
        var template = _parsed.GetOrAdd(templateName, Parse);
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
        return template.Render(context);
    }

    private Template Parse(string templateName)
    {
        var template = Template.Parse(source.Load(templateName), templateName);
        return template.HasErrors
            ? throw new InvalidOperationException($"Template '{templateName}' has errors: {string.Join("; ", template.Messages)}")
            : template;
    }
}
