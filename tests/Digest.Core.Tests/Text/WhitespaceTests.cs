using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Core.Tests.Text;

public sealed class WhitespaceTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "NATO to expand mission", "NATO to expand mission" },
        { "NATO to  expand\tmission ", " nato TO expand mission" },
        { "NATO to expand", "NATO to expand mission" },
        { "NATOto expand", "NATO to expand" },
        { "Straße\u00A0in Köln", "STRASSE in KÖLN" },
        { "Das ist   Köln\n", "das ist köln" },
        { "", "   " },
        { "", "a" },
        { "a b", "ab" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Texts_compare_equal_exactly_when_their_collapsed_and_trimmed_forms_do_ignoring_case(string a, string b)
    {
        static string Collapsed(string text) => Regex.Replace(text, @"\s+", " ").Trim();

        var expected = string.Equals(Collapsed(a), Collapsed(b), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(expected, Whitespace.EqualCollapsedIgnoringCase(a, b));
        Assert.Equal(expected, Whitespace.EqualCollapsedIgnoringCase(b, a));
    }

    [Theory]
    [InlineData("one two three", "one two three")]
    [InlineData("one  two\tthree\n", "one two three ")]
    [InlineData("\u00A0one", " one")]
    [InlineData("", "")]
    public void Runs_of_white_space_collapse_to_one_space(string text, string collapsed)
    {
        Assert.Equal(collapsed, Whitespace.Collapse(text));
    }

    [Fact]
    public void Single_spaced_text_comes_back_as_it_is()
    {
        var text = "one two three";
        Assert.Same(text, Whitespace.Collapse(text));
    }
}
