using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A dollar sum in brackets after a sum in another currency converts it into US dollars; a body named "X of Country"
/// or by its nation's adjective places the story in that country for a bare "$" or "Rs".
/// </summary>
public class DollarConversionAndNationalBodyTests
{
    private static QuantityFact Money(string text, decimal value) =>
        FactExtractor.Extract(text).Quantities.Single(q => q.Category == QuantityCategory.Money && q.Value == value);

    [Fact]
    public void ReadsABracketedConversionAsUsDollars()
    {
        var text = "Bank fined\n\nSINGAPORE: The regulator fined the lender S$3m ($2.2m) over lapses in Singapore, officials in Singapore said.";
        Assert.Equal("sgd", Money(text, 3000000m).Unit);
        Assert.Equal("usd", Money(text, 2200000m).Unit);
    }

    [Fact]
    public void KeepsTheLocalDollarOfABracketWithNoOtherCurrencyBefore()
    {
        var text = "Road fund\n\nWINNIPEG: The council spent $500,000 (about half its budget) and later $200,000 (the rest) on roads in Brandon.";
        Assert.Equal("cad", Money(text, 500000m).Unit);
        Assert.Equal("cad", Money(text, 200000m).Unit);
    }

    [Fact]
    public void ABodyNamedXOfACountryPlacesTheStory()
    {
        var text = "Bank profit\n\nThe Reserve Bank of Australia said it earned $2.5 billion. The Reserve Bank of Australia will pay $1 billion to the treasury.";
        Assert.Equal("aud", Money(text, 2500000000m).Unit);
    }

    [Fact]
    public void ABodyNamedByItsNationsAdjectivePlacesTheStory()
    {
        var text = "Court ruling\n\nThe court fined the former minister Rs 4.5 million. He led the Pakistani Workers Party for a decade, and the Pakistani Workers Party appealed.";
        Assert.Equal("pkr", Money(text, 4500000m).Unit);
    }

    [Fact]
    public void ABodyOfAnotherKindOfPlaceLeavesTheDollar()
    {
        var text = "Gift\n\nThe University of Texas received $3 million from a donor. The University of Texas will build a library.";
        Assert.Equal("usd", Money(text, 3000000m).Unit);
    }
}
