using System.Globalization;
using System.Text.RegularExpressions;
using Digest.Core.Dates;

namespace Digest.Core.Tests.Dates;

public sealed class PlausibleYearsTests
{
    [Theory]
    [InlineData(1989, false)]
    [InlineData(1990, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void Publication_years_run_from_the_web_to_the_end_of_the_century(int year, bool plausible)
    {
        Assert.Equal(plausible, PlausibleYears.IsPublication(year));
    }

    [Theory]
    [InlineData(1899, false)]
    [InlineData(1900, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void Years_a_text_mentions_run_from_1900(int year, bool plausible)
    {
        Assert.Equal(plausible, PlausibleYears.IsMention(year));
    }

    [Fact]
    public void The_mention_pattern_spells_the_mention_years_but_the_last()
    {
        var pattern = new Regex("^" + PlausibleYears.MentionPattern + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
        var spelled = Enumerable.Range(1000, 9000).Where(y => pattern.IsMatch(y.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(Enumerable.Range(PlausibleYears.FirstMention, PlausibleYears.Last - PlausibleYears.FirstMention), spelled);
    }
}
