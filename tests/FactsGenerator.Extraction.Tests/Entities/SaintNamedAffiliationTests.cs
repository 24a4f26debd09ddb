namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A workplace named after a saint ("St. Ives Hospital") is the whole affiliation, not the abbreviation.</summary>
public class SaintNamedAffiliationTests
{
    [Fact]
    public void TheAbbreviatedSaintGoesOnWithTheNameAndTheBuildingStaysAPlace()
    {
        var facts = Extract.From("Ana Velasco, a surgeon at St. Brendan's Hospital, said the ward was full.");
        var person = Extract.Person(facts, "Ana Velasco");
        Assert.Equal("surgeon", person.Role);
        Assert.Equal("St. Brendan's Hospital", person.Affiliation);
        Assert.Contains("St. Brendan's Hospital", Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "St");
    }
}
