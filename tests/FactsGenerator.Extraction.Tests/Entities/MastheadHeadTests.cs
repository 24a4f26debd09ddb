using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Masthead words ("Magazine", "Gazette", "Tribune", "Chronicle") end the name of a publication, a body.</summary>
public class MastheadHeadTests
{
    [Theory]
    [InlineData("She was the puzzles editor for Norvale Chess Magazine for ten years.", "Norvale Chess Magazine")]
    [InlineData("The story first ran in the Upper Tessly Gazette on Monday.", "Upper Tessly Gazette")]
    [InlineData("He wrote a column for the Harbourside Tribune until 1990.", "Harbourside Tribune")]
    public void ANameEndingInAMastheadWordIsAPublication(string sentence, string publication)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(publication, Extract.OrganizationNames(facts));
    }
}
