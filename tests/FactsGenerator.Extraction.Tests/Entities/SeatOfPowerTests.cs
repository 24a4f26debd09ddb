namespace FactsGenerator.Extraction.Tests.Entities;

public class SeatOfPowerTests
{
    [Theory]
    [InlineData("Protesters gathered outside the Kremlin on Sunday evening.", "Kremlin")]
    [InlineData("Reporters waited in the Kremlin's Cathedral Square for an hour.", "Kremlin")]
    [InlineData("Guests walked across the lawn of the White House before the dinner.", "White House")]
    [InlineData("A choir sang at the White House last night.", "White House")]
    public void ASeatUsedOnlyAsABuildingIsAPlace(string sentence, string seat)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(seat, Extract.PlaceNames(facts));
        Assert.DoesNotContain(seat, Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The Kremlin said the talks would resume.", "Kremlin")]
    [InlineData("The White House issued a short reply on Tuesday.", "White House")]
    [InlineData("White House aides met the senators twice.", "White House")]
    [InlineData("Scotland Yard said two men had been arrested.", "Scotland Yard")]
    public void ASeatThatActsIsTheBody(string sentence, string seat)
    {
        Assert.Contains(seat, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void TheUseWrittenMoreOftenDecides()
    {
        var facts = Extract.From("The White House said the visit was private. The White House denied the report. A crowd waited outside the White House.");
        Assert.Contains("White House", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("White House", Extract.PlaceNames(facts));
    }
}
