using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// "X said Y ... "...," he said.": the pronoun stands for X, the subject of the saying, not for Y, spoken of in X's words.
/// </summary>
public class QuoteSayerOverReportedPersonTests
{
    // The quotation must be found: a test that a speaker is not someone must not pass because the words were lost.
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ADescribedSayerIsNotThePersonHerWordsSpeakOf()
    {
        var facts = Extract.From("The Velm court sat on Monday.\n\nThe judge also said Tomas Brandt, a port official, is not the first to be convicted. "
            + "\"Everyone is equal before the law,\" he said.");
        Assert.NotEqual("Tomas Brandt", Quote(facts, "Everyone is equal").Speaker);
    }

    [Fact]
    public void ANamedSayerIsNotThePersonAfterWhileInHisWords()
    {
        var facts = Extract.From("Colonel Piet Mols spoke on state radio.\n\nPiet Mols said that while Tomas Brandt had promised calm, \"the streets are burning.\" "
            + "\"The army has failed the country,\" he said.");
        Assert.Equal("Piet Mols", Quote(facts, "The army has").Speaker);
    }

    [Fact]
    public void APersonOpeningAClauseJoinedToTheMainOneStillSpeaks()
    {
        // (Not reported words: "while" follows a comma, not "said that", so Tomas Brandt opens a clause of his own.)
        var facts = Extract.From("Piet Mols left the harbour early, while Tomas Brandt stayed with the crew. \"I could not leave them,\" he said.");
        Assert.Equal("Tomas Brandt", Quote(facts, "I could not").Speaker);
    }

    [Fact]
    public void APersonNamedAfterTheDescribedSayerInANewSentenceSpeaks()
    {
        var facts = Extract.From("The judge said the case was closed. Tomas Brandt left the court with his lawyer. \"I am relieved,\" he said.");
        Assert.Equal("Tomas Brandt", Quote(facts, "I am relieved").Speaker);
    }
}
