using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Entities;

public class ModelAndPartyNotPlaceTests
{
    [Theory]
    [InlineData("The crew flew on a Dublin 7 rocket from the coast.", "Dublin")]
    [InlineData("A Lisbon 300 airliner landed safely in fog.", "Lisbon")]
    [InlineData("The agency launched a Dublin 7 carrier rocket on Friday.", "Dublin")]
    [InlineData("An Oslo 40 cargo plane crashed short of the runway.", "Oslo")]
    [InlineData("The air force bought ten Madrid 2 fighter jets.", "Madrid")]
    public void PlaceNameWithAModelNumberBeforeACraftNamesTheModel(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void AModelTheBodyNamesIsNoPlaceInTheHeadline()
    {
        var facts = FactsGenerator.Extraction.FactExtractor.Extract(
            "Agency launches Dublin 7 rocket\n\nThe agency launched a Dublin 7 carrier rocket from the coast on Friday.", new ExtractionOptions());
        Assert.DoesNotContain("Dublin", Extract.PlaceNames(facts));
    }

    [Fact]
    public void PlaceNameWithANumberBeforeAnotherNounStaysAPlace()
    {
        Assert.Contains("Lisbon", Extract.PlaceNames(Extract.From("Flights from Lisbon 3 times a week were cut.")));
        Assert.Contains("Lisbon", Extract.PlaceNames(Extract.From("In Lisbon 40 people watched the drones.")));
    }

    [Fact]
    public void PartyWordBeforeStateOfficeIsNoState()
    {
        var facts = Extract.From("Republican state senator Jo Kim said the bill had failed.");
        Assert.DoesNotContain("Republican", Extract.PlaceNames(facts));
    }
}
