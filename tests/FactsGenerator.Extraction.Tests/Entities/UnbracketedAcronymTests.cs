namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An acronym written right after the words it spells, its brackets dropped, is the body's short name.</summary>
public class UnbracketedAcronymTests
{
    [Fact]
    public void TheAcronymIsNotGluedOntoTheName()
    {
        var facts = Extract.From("Figures from the Bureau of Rural Water Supply BRWS show that 40 wells ran dry in May.");
        var body = Assert.Single(facts.Organizations);
        Assert.Equal("Bureau of Rural Water Supply", body.Name);
        Assert.Contains("BRWS", body.Aliases);
    }

    [Fact]
    public void ACapitalisedParticleGivesNoLetter()
    {
        var facts = Extract.From("The Centre for Soil Testing And Mapping CSTM said on Monday that the rains had washed out 12 fields.");
        var body = Assert.Single(facts.Organizations);
        Assert.Equal("Centre for Soil Testing And Mapping", body.Name);
        Assert.Contains("CSTM", body.Aliases);
    }

    [Fact]
    public void LettersThatSpellNothingBeforeThemStayInTheName()
    {
        var facts = Extract.From("Shares of Morrow Dale Holdings MDX fell on Tuesday.");
        Assert.DoesNotContain("MDX", Extract.OrganizationNames(facts));
        Assert.Contains("Morrow Dale Holdings MDX", Extract.OrganizationNames(facts));
    }
}
