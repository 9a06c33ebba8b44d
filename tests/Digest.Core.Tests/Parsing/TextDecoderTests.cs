using System.Text;
using Digest.Core.Parsing;

namespace Digest.Core.Tests.Parsing;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decodes_utf8_with_bom_without_keeping_the_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Ministers’ plan")).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Null(decoded.Error);
        Assert.Equal("Ministers’ plan", decoded.Text);
    }

    [Fact]
    public void Decodes_utf16_little_and_big_endian_with_bom()
    {
        var little = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("“Quote” here")).ToArray();
        var big = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("“Quote” here")).ToArray();

        Assert.Equal("“Quote” here", TextDecoder.Decode(little).Text);
        Assert.Equal("“Quote” here", TextDecoder.Decode(big).Text);
    }

    [Fact]
    public void Normalises_no_break_spaces_and_windows_newlines()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("4,000\u00A0troops\r\nnext\rline"));

        Assert.Equal("4,000 troops\nnext\nline", decoded.Text);
    }

    [Fact]
    public void Read_keeps_the_text_as_it_came_and_still_rejects_binary()
    {
        var read = TextDecoder.Read(Encoding.UTF8.GetBytes("4,000\u00A0troops\r\nnext"));

        Assert.Null(read.Error);
        Assert.Equal("4,000\u00A0troops\r\nnext", read.Text);
        Assert.NotNull(TextDecoder.Read(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray()).Error);
    }

    [Fact]
    public void Falls_back_to_latin1_for_invalid_utf8_and_warns()
    {
        var decoded = TextDecoder.Decode([0x43, 0x61, 0x66, 0xE9]);

        Assert.Equal("Café", decoded.Text);
        Assert.NotEmpty(decoded.Warnings);
    }

    [Fact]
    public void Rejects_content_full_of_control_characters_as_binary()
    {
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        Assert.NotNull(TextDecoder.Decode(bytes).Error);
    }
}
