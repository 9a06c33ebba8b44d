using Digest.Core.Languages;

namespace Digest.Core.Tests.Languages;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en", "en", null)]
    [InlineData("en-GB", "en", "gb")]
    [InlineData("pt_BR", "pt", "br")]
    [InlineData(" EN-us ", "en", "us")]
    [InlineData("fil", "fil", null)]
    public void Reads_the_code_and_region_whatever_the_separator_and_case(string declared, string code, string? region)
    {
        Assert.Equal(new LanguageTag(code, region), LanguageTag.Parse(declared));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("12")]
    [InlineData("-GB")]
    public void Names_no_language_for_what_is_no_code(string? declared)
    {
        Assert.Null(LanguageTag.Parse(declared));
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("PT_br", "pt")]
    [InlineData("de", "de")]
    public void Gives_the_code_without_allocating_as_parse_reads_it(string declared, string code)
    {
        Assert.Equal(code, LanguageTag.CodeOf(declared, stackalloc char[16]).ToString());
        Assert.Equal(code, LanguageTag.Parse(declared)!.Code);
    }
}
