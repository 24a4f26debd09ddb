using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A person named with the office they hold in a body: the person speaks, the body only says for whom.
/// </summary>
public class QuoteOfficeHolderTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void InvertedVerbBeforeABodysOfficeAndItsHolderGivesTheHolder()
    {
        var facts = Extract.From("\"She was the finest teacher of her generation by far,\" said Harbour College's chancellor, Ann Redfern.");
        Assert.Equal("Ann Redfern", Quote(facts, "She was the finest").Speaker);
    }

    [Fact]
    public void InvertedVerbBeforeABodyAndPlaceWithItsOfficeHolderGivesTheHolder()
    {
        var facts = Extract.From("\"He changed how we think about tides,\" said Harbour College, Eastfield's chancellor, Jo Kimball.");
        Assert.Equal("Jo Kimball", Quote(facts, "He changed").Speaker);
    }

    [Fact]
    public void InvertedVerbBeforeABodyAloneStillGivesTheBody()
    {
        var facts = Extract.From("\"The bridge will reopen in spring,\" said the Eastfield Transport Authority, and Jo Kimball agreed.");
        Assert.NotEqual("Jo Kimball", Quote(facts, "The bridge will").Speaker);
    }

    [Fact]
    public void PersonBeforeAnUnclosedOfficeInABodyWhoseNameLostItsFrontSpeaks()
    {
        var facts = Extract.From("Not everyone was persuaded. Laura Finch, Dean of UC Davis School of Law called it \"a rather weak reading of the text.\"");
        Assert.Equal("Laura Finch", Quote(facts, "a rather weak").Speaker);
    }

    [Theory]
    [InlineData("boss")]
    [InlineData("chief")]
    [InlineData("head")]
    public void ABodysHeadOnSecondReferenceIsThePersonHeadingIt(string noun)
    {
        var facts = Extract.From("Velmwave chief Ana Ruiz visited the new plant on Monday.\n\n\"Orders have never been stronger,\" the Velmwave " + noun + " said.");
        Assert.Equal("Ana Ruiz", Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void ABodysHeadWithTwoCandidatesIsNobody()
    {
        var facts = Extract.From("Velmwave chief Ana Ruiz met Velmwave chairman Jo Kim.\n\n\"Orders have never been stronger,\" the Velmwave boss said.");
        Assert.Null(Assert.Single(facts.Quotes).Speaker);
    }
}
