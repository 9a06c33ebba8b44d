using Digest.Core.Text;

namespace Digest.Core.Tests.Text;

public sealed class QuoteMarksTests
{
    [Fact]
    public void The_mark_sets_hold_the_marks_they_name()
    {
        Assert.Equal(new[] { QuoteMarks.Straight, QuoteMarks.Opening, QuoteMarks.Closing }, QuoteMarks.Double.ToCharArray());
        Assert.Equal(new[] { QuoteMarks.Straight, QuoteMarks.Opening, QuoteMarks.StraightSingle, QuoteMarks.OpeningSingle }, QuoteMarks.Openers.ToCharArray());
        Assert.Equal(new[] { QuoteMarks.Straight, QuoteMarks.Closing, QuoteMarks.StraightSingle, QuoteMarks.ClosingSingle }, QuoteMarks.Closers.ToCharArray());
    }

    [Theory]
    [InlineData('"', true)]
    [InlineData('“', true)]
    [InlineData('”', true)]
    [InlineData('\'', false)]
    [InlineData('„', false)]
    [InlineData('«', false)]
    public void Double_marks_are_the_straight_and_english_curly_ones(char c, bool isDouble)
    {
        Assert.Equal(isDouble, QuoteMarks.IsDouble(c));
    }
}
