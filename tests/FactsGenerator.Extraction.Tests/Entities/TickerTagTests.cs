namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An exchange and a ticker in a stock ticker tag ("(TSX:VK)") are a label of the shares, no bodies.</summary>
public class TickerTagTests
{
    [Fact]
    public void TheTickerAndTheExchangeOfATagAreNoBodies()
    {
        var facts = Extract.From("On the Toronto Stock Exchange, Velmark (TSX:VK) shares slid 11 per cent on Friday.");
        var names = Extract.OrganizationNames(facts);
        Assert.DoesNotContain("TSX", names);
        Assert.DoesNotContain("VK", names);
        Assert.Contains("Toronto Stock Exchange", names);
    }

    [Fact]
    public void AnExchangeWrittenOutsideTheTagKeepsItsReading()
    {
        var facts = Extract.From("Orvane (NYSE: ORV) rose 3 per cent, and the NYSE closed higher on Friday.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("NYSE", names);
        Assert.DoesNotContain("ORV", names);
    }

    [Fact]
    public void AnAcronymInBracketsWithNoExchangeStaysTheBodys()
    {
        var facts = Extract.From("The Velm Harbour Board (VHB) said on Friday it would hire 40 pilots.");
        Assert.Contains(facts.Organizations, o => o.Name == "Velm Harbour Board" && System.Linq.Enumerable.Contains(o.Aliases, "VHB"));
    }
}
