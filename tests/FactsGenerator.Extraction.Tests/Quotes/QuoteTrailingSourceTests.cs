using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A paragraph that is only a quotation, after a sentence ending with its source (", according to X." or ", X said
/// in a statement."): the source is quoted now, unless that sentence also names another person.
/// </summary>
public class QuoteTrailingSourceTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("The number of cases in Velm has risen to 40, according to the Norland Health Agency.")]
    [InlineData("The number of cases in Velm has risen to 40, the Norland Health Agency said in a statement.")]
    public void TheSourceEndingTheSentenceBeforeIsQuoted(string before)
    {
        var facts = Extract.From(before + "\n\n\u201CTwelve new cases were confirmed overnight and two patients died in hospital.\u201D");
        Assert.Equal("Norland Health Agency", Quote(facts, "Twelve new cases").Speaker);
    }

    [Fact]
    public void AnotherPersonInThatSentenceLeavesTheSpeakerUnknown()
    {
        var facts = Extract.From("Patient Ilse Varga was moved to Velm on Monday, according to the Norland Health Agency.\n\n"
            + "\u201CTwelve new cases were confirmed overnight and two patients died in hospital.\u201D");
        Assert.Null(Quote(facts, "Twelve new cases").Speaker);
    }
}
