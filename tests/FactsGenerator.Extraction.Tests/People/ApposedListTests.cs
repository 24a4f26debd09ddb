using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"A, the league chairman, B, its chief executive,": the office before B's comma is A's apposition.</summary>
public class ApposedListTests
{
    [Fact]
    public void EachNameKeepsItsOwnApposition()
    {
        var facts = Extract.From("The sale was opposed by Oren Halvik, the league chairman, Marta Quell, the league's chief executive, and two coaches.");
        Assert.Equal("league chairman", Extract.Person(facts, "Oren Halvik").Role);
        Assert.Equal("chief executive", Extract.Person(facts, "Marta Quell").Role);
    }

    [Fact]
    public void APlaceBeforeTheAppositionLeavesTheOfficeToTheName()
    {
        var facts = Extract.From("In Velmoria, the league chairman, Oren Halvik, said the sale was off.");
        Assert.Equal("league chairman", Extract.Person(facts, "Oren Halvik").Role);
    }
}
