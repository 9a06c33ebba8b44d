using Digest.Core.Parsing;
using Digest.Storage.Articles;

namespace Digest.Storage.Tests.Articles;

public sealed class ArticleSettingsTests
{
    [Fact]
    public void Unset_gives_the_default_ten_second_budget()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), ArticleSettings.Read(_ => null).TimeBudget ?? ArticleParserOptions.DefaultTimeBudget);
    }

    [Fact]
    public void Reads_the_time_budget_in_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), ArticleSettings.Read(name => name == "ArticleTimeBudgetSeconds" ? "2.5" : null).TimeBudget);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("100000")]
    public void A_budget_that_is_not_a_sensible_number_of_seconds_names_the_setting(string value)
    {
        var error = Assert.Throws<FormatException>(() => ArticleSettings.Read(name => name == "ArticleTimeBudgetSeconds" ? value : null));

        Assert.Contains("ArticleTimeBudgetSeconds", error.Message, StringComparison.Ordinal);
    }
}
