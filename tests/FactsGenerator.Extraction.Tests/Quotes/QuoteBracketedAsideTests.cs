using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A short bracket right after the speaker's name in a reporting clause after the quotation.</summary>
public class QuoteBracketedAsideTests
{
    [Theory]
    [InlineData("\"Nobody on the coast will get the money in time,\" Sen. Dara Voss (D-Calif.) said on Tuesday.", "Dara Voss")]
    [InlineData("\"The boats stayed in the harbour all week,\" Tomas Reyes (pictured) told reporters.", "Tomas Reyes")]
    [InlineData("\"Every crew member will lose a month of pay,\" Greta Lind (left), head of the Velm pilots union, said in a statement.", "Greta Lind")]
    public void TheNamedSpeakerBeforeTheBracketSpeaks(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Quotes).Speaker);
    }

    [Fact]
    public void ABracketHoldingAClauseIsNoAside()
    {
        // A bracket with commas in it is a clause of its own, not a tag: nothing says the name before it speaks.
        var facts = Extract.From("\"The boats stayed in the harbour all week,\" Tomas Reyes (who, by then, had left the port) said.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Tomas Reyes");
    }

    [Fact]
    public void ABracketWithoutAVerbOfSayingAfterItGivesNoSpeaker()
    {
        var facts = Extract.From("\"The boats stayed in the harbour all week,\" Tomas Reyes (pictured) steered the ferry home.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Tomas Reyes");
    }
}
