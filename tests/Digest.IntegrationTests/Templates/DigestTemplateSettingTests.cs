using Digest.Core.Digests;
using Digest.Core.Rendering;
using Digest.IntegrationTests.TestSupport;
using Digest.Storage.Templates;

namespace Digest.IntegrationTests.Templates;

public sealed class DigestTemplateSettingTests : IAsyncLifetime, IDisposable
{
    private readonly RuntimeHarness _harness = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("digest-templates-");

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Unset_means_the_embedded_templates()
    {
        Assert.Same(EmbeddedTemplateSource.Instance, await DigestTemplateSetting.OpenAsync(" ", _harness.Storage, default));
    }

    [Fact]
    public async Task A_folder_overrides_the_templates_it_holds()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, DigestComposer.TextTemplate), "from the folder");

        var source = await DigestTemplateSetting.OpenAsync(_folder.FullName, _harness.Storage, default);

        Assert.Equal("from the folder", source.Load(DigestComposer.TextTemplate));
        Assert.Equal(EmbeddedTemplateSource.Instance.Load(DigestComposer.HtmlTemplate), source.Load(DigestComposer.HtmlTemplate));
    }

    [Fact]
    public async Task A_blob_prefix_overrides_the_templates_under_it_and_names_their_urls()
    {
        var container = _harness.Storage.Service.GetBlobContainerClient("digest-templates");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("v2/" + DigestComposer.TextTemplate).UploadAsync(BinaryData.FromString("from a blob"));

        var source = await DigestTemplateSetting.OpenAsync("digest-templates/v2/", _harness.Storage, default);

        Assert.Equal("from a blob", source.Load(DigestComposer.TextTemplate));
        Assert.EndsWith("/digest-templates/v2/" + DigestComposer.TextTemplate, source.OriginOf(DigestComposer.TextTemplate), StringComparison.Ordinal);
        Assert.Equal(EmbeddedTemplateSource.Instance.Load(DigestComposer.HtmlTemplate), source.Load(DigestComposer.HtmlTemplate));
    }

    [Fact]
    public async Task A_setting_that_names_no_templates_is_an_error_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<FormatException>(() => DigestTemplateSetting.OpenAsync("no-such-container/templates", _harness.Storage, default));

        Assert.Contains("DigestTemplates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_templates_is_an_error_not_a_silent_fallback()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "digest.html"), "misnamed");

        var error = await Assert.ThrowsAsync<FormatException>(() => DigestTemplateSetting.OpenAsync(_folder.FullName, _harness.Storage, default));

        Assert.Contains(DigestComposer.HtmlTemplate, error.Message, StringComparison.Ordinal);
    }
}
