using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Descriptions not set off by a pair of commas: "Name, the description said that "..."" (closing comma left out)
/// and ""...," says a description, Name" (the description before the name).
/// </summary>
public class QuoteUnclosedDescriptionTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ADescriptionWithoutItsClosingCommaStandsBetweenNameAndVerb()
    {
        var facts = Extract.From("Edda Holm, the regulator's director of enforcement and oversight said that the fraud was a matter of \"grave public concern\".");
        Assert.Equal("Edda Holm", Quote(facts, "grave public concern").Speaker);
    }

    [Fact]
    public void ANameNotOpeningTheSentenceIsNotTheSubject()
    {
        var facts = Extract.From("After talks with Edda Holm, the director of the port said that the fraud was a matter of \"grave public concern for every trader\".");
        Assert.NotEqual("Edda Holm", Quote(facts, "grave public concern").Speaker);
    }

    [Theory]
    [InlineData("says South African, Edda Holm.")]
    [InlineData("said a local trader, Edda Holm.")]
    public void ADescriptionBeforeTheNameAfterTheVerb(string attribution)
    {
        var facts = Extract.From("\u201CThe airline is doing nothing to send people back to their homes,\u201D " + attribution);
        Assert.Equal("Edda Holm", Quote(facts, "The airline is doing").Speaker);
    }
}
