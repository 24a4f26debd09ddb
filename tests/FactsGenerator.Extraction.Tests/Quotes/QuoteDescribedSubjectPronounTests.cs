using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"The police commissioner said ... "...," he said.": the pronoun stands for the described person, not for someone named in between.</summary>
public class QuoteDescribedSubjectPronounTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    private const string Opening = "Police Commissioner Ibrahim Danjuma announced ten arrests on Thursday.\n\nThe paper recalled how Governor Musa Bello had been attacked on his farm in March.\n\n";

    [Theory]
    [InlineData("The police commissioner said the suspects were still being held.")]
    [InlineData("The commissioner also said the courts were closed.")]
    public void HeAfterADescriptionOpeningTheSentenceBeforeIsTheDescribedPerson(string described)
    {
        var facts = Extract.From(Opening + described + "\n\n\"Our cells are full after six weeks, so who will take the prisoners now?\" he said.");
        Assert.Equal("Ibrahim Danjuma", Quote(facts, "Our cells are").Speaker);
    }

    [Fact]
    public void HeAfterADescriptionOfNobodyNamedHasNoSpeaker()
    {
        var facts = Extract.From(Opening + "The army chief said the roads were safe.\n\n\"We have cleared every checkpoint this week,\" he said.");
        Assert.Null(Quote(facts, "We have cleared").Speaker);
    }

    [Fact]
    public void HeAfterAPersonNamedInTheSentenceBeforeIsThatPerson()
    {
        var facts = Extract.From(Opening + "Governor Musa Bello said he was not surprised.\n\n\"They came at night with rifles,\" he said.");
        Assert.Equal("Musa Bello", Quote(facts, "They came").Speaker);
    }
}
