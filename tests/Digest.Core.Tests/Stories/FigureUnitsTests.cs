using Digest.Core.Stories.Figures;

namespace Digest.Core.Tests.Stories;

public class FigureUnitsTests
{
    [Theory]
    [InlineData("troops", "personnel")]
    [InlineData("advisers and instructors", "personnel")]
    [InlineData("barrels per day", "barrels a day")]
    [InlineData("deaths", "death")]
    public void Puts_the_ways_one_quantity_is_written_under_one_key(string counts, string sameAs) =>
        Assert.Equal(FigureUnits.Classify(sameAs), FigureUnits.Classify(counts));

    [Theory]
    [InlineData("people", "troops")]
    [InlineData("people killed", "people")]
    [InlineData("barrels of oil a day", "barrels of oil")]
    [InlineData("compensation fund ($)", "compensation fund (euros)")]
    public void Keeps_different_quantities_under_different_keys(string counts, string other) =>
        Assert.NotEqual(FigureUnits.Classify(other), FigureUnits.Classify(counts));
}
