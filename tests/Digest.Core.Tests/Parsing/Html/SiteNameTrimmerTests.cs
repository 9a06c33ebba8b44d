using Digest.Core.Parsing.Html;

namespace Digest.Core.Tests.Parsing.Html;

public sealed class SiteNameTrimmerTests
{
    [Theory]
    [InlineData("Palestinians say talks could fail | CBC News", "CBC News", "https://www.cbc.ca/news/world/x", "Palestinians say talks could fail")]
    [InlineData("Fialova vláda podá demisi - Seznam Zprávy", null, "https://www.seznamzpravy.cz/clanek/x", "Fialova vláda podá demisi")]
    [InlineData("Das harte Geschäft mit dem Tod | MDR.DE", null, "https://www.mdr.de/nachrichten/x", "Das harte Geschäft mit dem Tod")]
    [InlineData("BBC News - Flood warnings across the north", null, "https://www.bbc.co.uk/news/x", "Flood warnings across the north")]
    [InlineData("민주당 도입 또다시 불발-정치ㅣ한국일보", "한국일보", "https://www.hankookilbo.com/news/x", "민주당 도입 또다시 불발-정치")]
    [InlineData("Anti-terror op turns sinister - Times of India", "The Times of India", "https://timesofindia.indiatimes.com/world/x", "Anti-terror op turns sinister")]
    public void Drops_the_sites_own_name_from_either_end(string title, string? site, string url, string expected)
    {
        Assert.Equal(expected, SiteNameTrimmer.Trim(title, site, url));
    }

    [Theory]
    [InlineData("Vierschanzentournee | Beleidigen und beschuldigen", "https://www.tageblatt.lu/sport/x")]
    [InlineData("Apple - the fruit, not the company - is back in fashion", "https://www.gardening.example.com/x")]
    [InlineData("Biden - Trump: the second debate", "https://www.cnn.com/x")]
    public void Keeps_segments_that_are_not_the_sites_name(string title, string url)
    {
        Assert.Equal(title, SiteNameTrimmer.Trim(title, null, url));
    }
}
