namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A cardinal's rank before a name gives way to the post an apposition names, as a cleric's "Rev." does.</summary>
public class ClericalRankBesideOfficeTests
{
    [Fact]
    public void TheApposedPostReplacesTheCardinalsRank()
    {
        var facts = Extract.From("A letter signed by Cardinal Matteo Varrone, Secretary of State, was read at the service.");
        Assert.Equal("secretary of state", Extract.Person(facts, "Matteo Varrone").Role);
    }

    [Fact]
    public void ACardinalWithNothingBesideStaysACardinal()
    {
        var facts = Extract.From("Cardinal Matteo Varrone led the prayers at the service.");
        Assert.Equal("cardinal", Extract.Person(facts, "Matteo Varrone").Role);
    }
}
