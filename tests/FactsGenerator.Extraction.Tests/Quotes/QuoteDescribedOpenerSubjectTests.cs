using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A name opening its sentence after a description that ends in a title ("Velmorian President Tomas Berg
/// congratulated ...") is the sentence's subject, which a "he" or "she" quoting in the next sentence stands for, not a
/// person named later in a phrase whose participle only looks like a verb ("in a letter to Kim published on ...").
/// </summary>
public class QuoteDescribedOpenerSubjectTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    private const string Landing = "Moon landing\n\n\"This is a victory for the whole country,\" said Prime Minister Jo Kim, who watched the landing.\n\n";

    [Fact]
    public void ACountrysTitleBeforeTheNameOpensTheSentenceWithIt()
    {
        var facts = Extract.From(Landing + "Velmorian President Tomas Berg congratulated the team in a letter to Kim published on the palace website.\n\n"
            + "\"This is a big step forward in space exploration,\" he said.");
        Assert.Equal("Tomas Berg", Quote(facts, "This is a big step").Speaker);
    }

    [Fact]
    public void ANameInAnOpeningClauseIsNoSubjectOfTheSentence()
    {
        // ("After" opens a clause of time: the title after it describes no subject of the sentence, Kim is.)
        var facts = Extract.From(Landing + "After President Tomas Berg congratulated the team in a letter, Kim thanked the engineers.\n\n"
            + "\"This is a big step forward in space exploration,\" he said.");
        Assert.Equal("Jo Kim", Quote(facts, "This is a big step").Speaker);
    }
}
