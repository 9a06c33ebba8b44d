using Digest.Core.Rendering;
using Scriban;
using Scriban.Runtime;

namespace Digest.Core.Tests.Rendering;

public class HtmlEscapingTemplateContextTests
{
    [Fact]
    public void Escapes_every_value_a_template_outputs()
    {
        var output = Render("<p title=\"{{ value }}\">{{ value }}{{ value | string.upcase }}{{ for v in [value] }}{{ v }}{{ end }}</p>", "<b>\"&'");

        Assert.Equal("<p title=\"&lt;b&gt;&quot;&amp;&#39;\">&lt;b&gt;&quot;&amp;&#39;&lt;B&gt;&quot;&amp;&#39;&lt;b&gt;&quot;&amp;&#39;</p>", output);
    }

    [Fact]
    public void Leaves_the_templates_own_markup_alone()
    {
        Assert.Equal("<td width=\"13%\">&nbsp;</td>", Render("<td width=\"{{ 13 }}%\">&nbsp;</td>", string.Empty));
    }

    [Fact]
    public void Writes_nothing_for_null()
    {
        Assert.Equal("[]", Render("[{{ null }}]", string.Empty));
    }

    [Fact]
    public async Task Escapes_values_when_rendering_asynchronously_too()
    {
        var globals = new ScriptObject();
        globals.SetValue("value", "<i>", readOnly: true);
        var context = new HtmlEscapingTemplateContext();
        context.PushGlobal(globals);

        var output = await Template.Parse("{{ value }}").RenderAsync(context);

        Assert.Equal("&lt;i&gt;", output);
    }

    private static string Render(string text, string value)
    {
        var globals = new ScriptObject();
        globals.SetValue("value", value, readOnly: true);
        var context = new HtmlEscapingTemplateContext();
        context.PushGlobal(globals);
        return Template.Parse(text).Render(context);
    }
}
