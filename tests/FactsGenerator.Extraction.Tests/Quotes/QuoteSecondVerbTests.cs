using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

public class QuoteSecondVerbTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void AFragmentAfterButAndASecondVerbOfSayingIsTheSameSpeakers()
    {
        var facts = Extract.From("Coach Nils Berg spoke after the match. Berg said the defence looked \"tired and slow\", but conceded there was \"real progress up front\".");
        Assert.Equal("Nils Berg", Quote(facts, "real progress").Speaker);
    }

    [Fact]
    public void ASecondVerbWithASubjectOfItsOwnIsNotJoined()
    {
        var facts = Extract.From("Coach Nils Berg spoke after the match. Berg said the defence looked \"tired and slow\", but his captain Tove Aas insisted the side was \"close to its best form\".");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("close to its", System.StringComparison.Ordinal) && q.Speaker == "Nils Berg");
    }
}
