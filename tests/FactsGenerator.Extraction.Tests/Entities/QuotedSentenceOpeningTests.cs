namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A capitalised function word opening a sentence inside a quote is no name.</summary>
public class QuotedSentenceOpeningTests
{
    [Theory]
    [InlineData("\"We accept the verdict. Our workers fought bravely,\" he told reporters.", "Our")]
    [InlineData("\"Why wait? Their workers are ready,\" she said.", "Their")]
    [InlineData("\"The roads are closed! Our workers stayed out,\" the mayor said.", "Our")]
    public void TheFunctionWordIsNoOrganisation(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ANameAfterAFullStopInsideAQuoteStays()
    {
        var facts = Extract.From("\"We accept the verdict. Velmor Water Authority will appeal,\" he said.");
        Assert.Contains("Velmor Water Authority", Extract.OrganizationNames(facts));
    }
}
