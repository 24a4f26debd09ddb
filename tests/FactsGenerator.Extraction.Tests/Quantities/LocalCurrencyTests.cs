using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"Rs" and a bare "cents" take the currency of the country the article's places lie in.</summary>
public class LocalCurrencyTests
{
    private static QuantityFact Money(string text, decimal value) =>
        FactExtractor.Extract(text).Quantities.Single(q => q.Category == QuantityCategory.Money && q.Value == value);

    [Theory]
    [InlineData("Relief fund approved\n\nKARACHI: The Sindh cabinet approved Rs450 million for flood relief in Hyderabad and Sukkur.", 450000000, "pkr")]
    [InlineData("Toll plaza fines\n\nPESHAWAR: Drivers on the road to Abbottabad will pay a fine of Rs 5,000, police in Peshawar said.", 5000, "pkr")]
    [InlineData("Bridge project\n\nCOLOMBO: The new bridge near Kandy will cost Rs 2.5 billion, officials in Colombo said.", 2500000000, "lkr")]
    [InlineData("Hospital grant\n\nKATHMANDU: The ministry gave Rs 40 million to a hospital in Pokhara, officials in Kathmandu said.", 40000000, "npr")]
    [InlineData("Metro fares\n\nNEW DELHI: The Delhi Metro will spend Rs 300 crore on new coaches for lines to Noida.", 3000000000, "inr")]
    public void ReadsRsInTheCurrencyOfTheArticlesCountry(string text, double value, string unit)
    {
        Assert.Equal(unit, Money(text, (decimal)value).Unit);
    }

    [Theory]
    [InlineData("Miner's results\n\nJOHANNESBURG: The Durban-based miner paid a dividend of 85 cents a share, its Johannesburg office said.", 0.85, "zar")]
    [InlineData("Fuel price\n\nNAIROBI: Petrol in Mombasa will rise by 90 cents a litre, the regulator in Nairobi said.", 0.9, "kes per litre")]
    [InlineData("Bakery prices\n\nBOSTON: A loaf in Chicago and Boston now costs 75 cents more.", 0.75, "usd")]
    public void ReadsBareCentsInTheCurrencyOfTheArticlesCountry(string text, double value, string unit)
    {
        Assert.Equal(unit, Money(text, (decimal)value).Unit);
    }

    [Fact]
    public void KeepsACurrencyWrittenOutWhateverTheCountry()
    {
        var text = "Import bill\n\nLAHORE: Traders in Lahore and Karachi paid 900 Indian rupees per kilo for the spice.";
        Assert.Equal("inr per kilo", Money(text, 900m).Unit); // written out, so not pkr; a price per kilo keeps its measure
    }

    [Fact]
    public void LeavesRsAsIndianRupeesWhenNoCountryStandsOut()
    {
        Assert.Equal("inr", Money("Ticket prices\n\nTickets now cost Rs750 each.", 750m).Unit);
    }
}
