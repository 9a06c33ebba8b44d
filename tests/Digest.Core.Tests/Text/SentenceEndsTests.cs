using Digest.Core.Text;

namespace Digest.Core.Tests.Text;

public sealed class SentenceEndsTests
{
    [Theory]
    [InlineData("Ministers met.", true)]
    [InlineData("Did they meet?", true)]
    [InlineData("They met!", true)]
    [InlineData("They met…", false)]
    [InlineData("They met", false)]
    [InlineData("", false)]
    public void A_text_is_ended_by_a_full_stop_exclamation_or_question_mark(string text, bool ended)
    {
        Assert.Equal(ended, SentenceEnds.IsEnded(text));
    }
}
