using Digest.Core.Digests;
using Digest.Core.Rendering;
using Digest.Core.Tests.Stories;

namespace Digest.Core.Tests.Rendering;

public sealed class TemplateSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("digest-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Embeds_the_html_and_text_templates()
    {
        Assert.Equal([DigestComposer.HtmlTemplate, DigestComposer.TextTemplate], EmbeddedTemplateSource.Names());
    }

    [Fact]
    public void Renders_with_a_template_from_the_folder_instead_of_the_embedded_one()
    {
        File.WriteAllText(Path.Combine(_folder, DigestComposer.TextTemplate), "{{ for story in digest.stories }}{{ story.headline }}{{ end }}");

        var digest = new DigestComposer(new FolderTemplateSource(_folder)).Compose(StoryFixtures.Seeds(), DigestFixtures.Weekly);

        Assert.Equal("NATO to expand Iraq mission from 500 to around 4,000 troops to fight 'terrorism'", digest.Text);
        Assert.StartsWith("<!DOCTYPE html>", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_values_in_an_overriding_html_template_too()
    {
        File.WriteAllText(Path.Combine(_folder, DigestComposer.HtmlTemplate), "<h1>{{ digest.stories[0].headline }}</h1>");
        var seeds = StoryFixtures.Seeds().Select((s, i) => s with { Title = $"<script>alert({i})</script>" }).ToList();

        var digest = new DigestComposer(new FolderTemplateSource(_folder)).Compose(seeds, DigestFixtures.Weekly);

        Assert.Matches("^<h1>&lt;script&gt;alert\\([0-9]\\)&lt;/script&gt;</h1>$", digest.Html);
    }

    [Fact]
    public void Refuses_a_template_name_that_is_a_path()
    {
        Assert.Throws<ArgumentException>(() => new FolderTemplateSource(_folder).Load("../secrets.scriban"));
    }

    [Fact]
    public void Reports_a_misspelt_member_with_the_templates_file_and_line()
    {
        var path = Path.Combine(_folder, DigestComposer.TextTemplate);
        File.WriteAllText(path, "Digest\n{{ digest.storys }}");
        var composer = new DigestComposer(new FolderTemplateSource(_folder));

        var error = Assert.Throws<DigestTemplateException>(() => composer.Compose(StoryFixtures.Seeds(), DigestFixtures.Weekly));

        Assert.Contains(path + "(2,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_fails_the_composer_at_once_with_the_templates_file_line_and_message()
    {
        var path = Path.Combine(_folder, DigestComposer.HtmlTemplate);
        File.WriteAllText(path, "<h1>\n\n{{ if digest.stories }}unclosed");

        var error = Assert.Throws<DigestTemplateException>(() => new DigestComposer(new FolderTemplateSource(_folder)));

        Assert.Contains(path + "(3,", error.Message, StringComparison.Ordinal);
        Assert.Contains("error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_embedded_origin_of_a_template_the_folder_lacks()
    {
        Assert.Equal("embedded " + DigestComposer.TextTemplate, ((ITemplateSource)new FolderTemplateSource(_folder)).OriginOf(DigestComposer.TextTemplate));
    }
}
