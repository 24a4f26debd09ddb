using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A place opening the speaker's slot only says where the speaker serves or is based ("Harris County Fire Marshal Jo
/// Kim", "the London-based Velm Trust"): the person holding the office, or the body, speaks.
/// </summary>
public class QuotePlaceBeforeOfficeTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void HyphenatedPlaceThenOfficeWordsThenNameBeforeTheVerbGivesTheHolder()
    {
        var facts = Extract.From("\"Every crew on the east side has been called back to the station,\" Orra-Velm County Fire Chief Dana Kettering said on Friday.");
        Assert.Equal("Dana Kettering", Quote(facts, "Every crew").Speaker);
    }

    [Fact]
    public void PlaceThenOfficeAfterTheVerbGivesTheHolder()
    {
        var facts = Extract.From("\"We searched every floor twice before the sun came up,\" said Harris County Fire Marshal Dana Kettering.");
        Assert.Equal("Dana Kettering", Quote(facts, "We searched").Speaker);
    }

    [Fact]
    public void WhereABodyIsBasedDescribesTheBody()
    {
        var facts = Extract.From("The Velm Trust for Coastal Towns was founded in 1990.\n\n\"The levy will close half the shops on the front,\" the London-based Velm Trust for Coastal Towns said in a report.");
        Assert.Equal("Velm Trust for Coastal Towns", Quote(facts, "The levy will").Speaker);
    }

    [Fact]
    public void PlaceThenLowerCaseWordsNamesNoHolder()
    {
        // ("Harris County residents" is no office: the person named later in the clause did not say the words.)
        var facts = Extract.From("\"We were never told the water was unsafe to drink,\" Harris County residents wrote to Dana Kettering on Friday.");
        Assert.NotEqual("Dana Kettering", Quote(facts, "We were never").Speaker);
    }
}
