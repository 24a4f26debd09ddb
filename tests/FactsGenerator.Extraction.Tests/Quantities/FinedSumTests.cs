namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"The firm was fined $5 million": the sum someone is fined is the fine, as "a $5 million fine" is.</summary>
public class FinedSumTests
{
    [Theory]
    [InlineData("The regulator said the bakery was fined $40,000 for the breach.", 40000)]
    [InlineData("He was jailed for a year and fined 3 million rupees by the court.", 3000000)]
    [InlineData("The club has been fined £250,000 after the riot.", 250000)]
    public void TheSumIsTheFine(string sentence, double value)
    {
        var fine = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == (decimal)value);
        Assert.Equal("fine", fine.About);
        Assert.StartsWith("Fine", fine.Name);
    }

    [Fact]
    public void AConversionInBracketsIsTheSameFine()
    {
        var facts = QuantityTestText.Extract("The trader was fined 2 million euros ($2.2 million) on Friday.");
        var converted = Assert.Single(facts, f => f.Value == 2200000m);
        Assert.Equal("fine", converted.About);
        Assert.Equal("FineUsd", converted.Name);
    }

    [Fact]
    public void PeopleFinedAreNoFine()
    {
        // Only a sum is a fine: a count after "fined" keeps its noun.
        var facts = QuantityTestText.Extract("Police fined 12 drivers for speeding on the bridge.");
        var drivers = Assert.Single(facts, f => f.Value == 12m);
        Assert.Equal("drivers fined", drivers.About);
    }

    [Fact]
    public void ASumAfterAnotherVerbKeepsItsReading()
    {
        var facts = QuantityTestText.Extract("The court ordered the company to pay $3 million in damages.");
        Assert.Equal("damages", Assert.Single(facts, f => f.Value == 3000000m).About);
    }
}
