namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// "Wall Street analysts", "Fleet Street editors": a street standing for a trade, before the noun it qualifies, names
/// the trade's people, not the street; after a preposition of place it is still the street.
/// </summary>
public class TradeStreetTests
{
    [Theory]
    [InlineData("Wall Street analysts had expected a profit of 40 cents a share.", "Wall Street")]
    [InlineData("Several Wall Street banks cut their forecasts on Tuesday.", "Wall Street")]
    [InlineData("Fleet Street editors were furious about the ruling.", "Fleet Street")]
    public void ATradeStreetBeforeANounIsNoPlace(string sentence, string street)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(street, Extract.PlaceNames(facts));
        Assert.DoesNotContain(street, Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Shares fell sharply on Wall Street on Monday.", "Wall Street")]
    [InlineData("Protesters marched down Wall Street at noon.", "Wall Street")]
    [InlineData("Oxford Street shops reopened after the storm.", "Oxford Street")]
    public void TheStreetItselfStaysAPlace(string sentence, string street)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(street, Extract.PlaceNames(facts));
    }
}
