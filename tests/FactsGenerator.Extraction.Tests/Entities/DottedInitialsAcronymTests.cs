namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A word of dotted capitals ("U.S.") gives each of its letters to the acronym of the body it opens.</summary>
public class DottedInitialsAcronymTests
{
    [Fact]
    public void TheAcronymSpellingEveryDottedLetterIsTheBody()
    {
        var facts = Extract.From("The ship capsized off the coast, the U.S. Harbour Agency said on Monday. The USHA said the crew was safe.");
        var watch = Assert.Single(facts.Organizations);
        Assert.Equal("U.S. Harbour Agency", watch.Name);
        Assert.Contains("USHA", watch.Aliases);
    }
}
