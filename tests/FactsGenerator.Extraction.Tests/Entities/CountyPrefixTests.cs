using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

public class CountyPrefixTests
{
    [Theory]
    [InlineData("Flood warnings were issued for County Kerry on Tuesday.", "County Kerry", "Kerry")]
    [InlineData("The bridge near County Brennholt was closed.", "County Brennholt", "Brennholt")]
    [InlineData("Police in Co Mayo said the road would reopen later.", "County Mayo", "Mayo")]
    public void KindBeforeTheNameBelongsToTheCounty(string sentence, string county, string bare)
    {
        var facts = Extract.From(sentence);
        var place = Assert.Single(facts.Places, p => p.Name == county);
        Assert.Contains(bare, place.Aliases);
        Assert.DoesNotContain(bare, Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void NamesListedAfterCountiesAreCountiesEach()
    {
        var facts = Extract.From("Snow closed schools in Counties Kerry, Mayo and Donegal on Friday.");
        var names = Extract.PlaceNames(facts);
        Assert.Contains("County Kerry", names);
        Assert.Contains("County Mayo", names);
        Assert.Contains("County Donegal", names);
        Assert.DoesNotContain("Counties Kerry", names);
    }

    [Theory]
    [InlineData("The report went to the County Council on Monday.")]
    [InlineData("Staff at County Hall said the vote was delayed.")]
    [InlineData("Residents appealed to the County Government to supply boats.")]
    public void BodiesAndBuildingsOfTheCountyAreNoCountyName(string sentence)
    {
        // Read as a county, the word after "County" would be the bare name's alias ("Council", "Hall").
        var facts = Extract.From(sentence);
        Assert.DoesNotContain("County Council", Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Places, p => p.Aliases.Contains("Council") || p.Aliases.Contains("Hall") || p.Aliases.Contains("Government"));
    }

    [Fact]
    public void CoBeforeAnUnknownNameIsNoCounty()
    {
        var names = Extract.PlaceNames(Extract.From("She joined Brennholt and Co Velmar Ltd as a clerk."));
        Assert.DoesNotContain("County Velmar", names);
    }
}
