namespace FactsGenerator.Extraction.Tests.Entities;

public class ModelAndPartyNotPlaceTests
{
    [Theory]
    [InlineData("The crew flew on a Dublin 7 rocket from the coast.", "Dublin")]
    [InlineData("A Lisbon 300 airliner landed safely in fog.", "Lisbon")]
    public void PlaceNameWithAModelNumberBeforeACraftNamesTheModel(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void PlaceNameWithANumberBeforeAnotherNounStaysAPlace()
    {
        Assert.Contains("Lisbon", Extract.PlaceNames(Extract.From("Flights from Lisbon 3 times a week were cut.")));
    }

    [Fact]
    public void PartyWordBeforeStateOfficeIsNoState()
    {
        var facts = Extract.From("Republican state senator Jo Kim said the bill had failed.");
        Assert.DoesNotContain("Republican", Extract.PlaceNames(facts));
    }
}
