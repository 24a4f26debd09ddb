namespace FactsGenerator.Extraction.Tests.Entities;

public class GreatBritainTests
{
    [Fact]
    public void GreatBritainIsTheIslandAPlaceApartFromTheState()
    {
        var places = Extract.From("Rail fares rose across Great Britain, while the United Kingdom cut fuel duty.").Places;
        Assert.Contains(places, p => p.Name == "Great Britain");
        var state = Assert.Single(places, p => p.Name == "United Kingdom");
        Assert.DoesNotContain("Great Britain", state.Aliases);
    }

    [Fact]
    public void BritainAloneStaysANameOfTheState()
    {
        var places = Extract.From("Britain and the United Kingdom's allies met in Paris.").Places;
        Assert.DoesNotContain(places, p => p.Name == "Britain");
        Assert.Contains("Britain", Assert.Single(places, p => p.Name == "United Kingdom").Aliases);
    }
}
