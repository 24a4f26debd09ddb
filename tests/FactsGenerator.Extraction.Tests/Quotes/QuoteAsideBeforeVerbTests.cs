using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Asides between a subject and its verb of saying that a pair of commas does not set off: a pair of dashes, a relative
/// clause with no commas, a description whose closing comma a dashed aside stands in for. The subject before the aside
/// said the words.
/// </summary>
public class QuoteAsideBeforeVerbTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void RelativeClauseBetweenDashesBeforeTheVerbLeavesTheSubjectSpeaking()
    {
        var facts = Extract.From("Harbour Minister Dana Kettering — who faces a vote of confidence in May — said the closure was \"a blow to the whole coast\".");
        Assert.Equal("Dana Kettering", Quote(facts, "a blow").Speaker);
    }

    [Fact]
    public void RelativeClauseWithoutCommasBeforeTheVerbLeavesTheSubjectSpeaking()
    {
        var facts = Extract.From("Dana Kettering who drove to the quay at dawn said it was \"utter chaos\".");
        Assert.Equal("Dana Kettering", Quote(facts, "utter chaos").Speaker);
    }

    [Fact]
    public void DashedAsideInsideAnUnclosedDescriptionDescribesTheOtherPerson()
    {
        var facts = Extract.From("Dana Kettering, the head of a 12-member team sent by Orrin Falk - the ferry line's owner - confirmed that the crews had won \"a fair deal at last.\"");
        Assert.Equal("Dana Kettering", Quote(facts, "a fair deal").Speaker);
    }

    [Fact]
    public void RelativeClauseOfAnUnnamedPersonNamesNobody()
    {
        // ("The man who ... told": the man is nobody named; the person named in the sentence before did not say it.)
        var facts = Extract.From("Dana Kettering arrived at noon.\n\nThe man who fired at the boats told police it was \"only a warning to the crews\".");
        Assert.Null(Quote(facts, "only a warning").Speaker);
    }

    [Fact]
    public void RelativeClauseOfAPersonAfterAPrepositionLeavesThatPersonSilent()
    {
        // ("The family of Dana Kettering who died ... said": the family speaks, not the person who died.)
        var facts = Extract.From("The family of Dana Kettering who died in the crash said it was \"a loss we will never get over\".");
        Assert.NotEqual("Dana Kettering", Quote(facts, "a loss").Speaker);
    }

    [Theory]
    [InlineData("A neighbour who knew Dana Kettering who lived by the quay said she was \"a quiet and careful woman\".", "a quiet")]
    [InlineData("The diver who rescued Dana Kettering who was trapped below deck said it was \"the hardest dive of my life\".", "the hardest")]
    [InlineData("A deckhand who saw Orrin Falk — the ferry's pilot — said he was \"steering far too fast\".", "steering")]
    public void PersonInsideAnotherRelativeClauseIsNotTheSubject(string text, string startsWith)
    {
        // (A quotation nobody is found for may be left out; it must not go to the person named inside the clause.)
        var facts = Extract.From(text);
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal) && q.Speaker is "Dana Kettering" or "Orrin Falk");
    }
}
