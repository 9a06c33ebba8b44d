namespace Digest.Core.Rendering;

/// <summary>Where digest templates come from, so they can be replaced without recompiling.</summary>
public interface ITemplateSource
{
    /// <summary>The text of a template, e.g. "digest.html.scriban".</summary>
    string Load(string templateName);

    /// <summary>Where the template is read from (a file path, a blob URL), for error messages that name the file to fix.</summary>
    string OriginOf(string templateName) => templateName;
}
