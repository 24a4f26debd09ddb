using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A reporting clause after the quotation whose speaker is described between commas before the verb.</summary>
public class QuoteAppositionAfterTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("\"The ferry will run again on Monday,\" Tomas Reyes, a harbour pilot, said on Friday.", "Tomas Reyes")]
    [InlineData("\"Nobody slept last night,\" Greta Lind, 47, told reporters.", "Greta Lind")]
    [InlineData("\"The bridge is shut,\" the mayor, Ines Farrow, told a radio station.", "Ines Farrow")]
    [InlineData("\"We counted every bird,\" Owen Pike, who has led the survey since 2009, wrote in a blog post.", "Owen Pike")]
    [InlineData("\"The ferry will run again on Friday,\" Ana Velasco, the board's chair, said on Monday.", "Ana Velasco")]
    [InlineData("Sen. Dara Voss, R-Okla., who sits on the farm panel, said the rules were \"written for nobody in my state.\"", "Dara Voss")]
    [InlineData("Rep. Ilan Marsh, D-N.Y., who chairs the panel, called the bill \"a fair deal.\"", "Ilan Marsh")]
    public void TheNamedSpeakerBeforeAnAsideSpeaks(string text, string speaker)
    {
        var facts = Extract.From(text);
        Assert.Equal(speaker, Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void ASurnameBeforeAnAsideSpeaksToo()
    {
        var facts = Extract.From("Tomas Reyes steers the boats into port. \"The tide was too low,\" Reyes, a pilot for twenty years, said.");
        Assert.Equal("Tomas Reyes", Quote(facts, "The tide").Speaker);
    }

    [Fact]
    public void AnAsideWithoutAVerbOfSayingAfterItGivesNoSpeaker()
    {
        var facts = Extract.From("\"The tide was far too low for the boats today,\" Tomas Reyes, a pilot, steered the ferry home.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Tomas Reyes");
    }

    [Fact]
    public void ANameListedBeforeOthersIsNoSpeaker()
    {
        var facts = Extract.From("\"The ferry will run again on Friday,\" Ana Velasco, Tomas Brandt and Lee Okafor wrote in the bulletin.");
        Assert.Null(Assert.Single(facts.Quotes).Speaker);
    }

    [Theory]
    [InlineData("\"The harbour must stay open,\" U.N. Secretary-General Ilse Morrow said.")]
    [InlineData("\"The harbour must stay open,\" said U.N. Secretary-General Ilse Morrow.")]
    [InlineData("\"The harbour must stay open,\" HCA Director-General Ilse Morrow said.")]
    public void APersonAfterABodysHyphenatedTitleSpeaks(string text)
    {
        Assert.Equal("Ilse Morrow", Assert.Single(Extract.From(text).Quotes).Speaker);
    }

    [Theory]
    [InlineData("\"We will not give up,\" Greta Lind, 45, a dock worker, told the Velm Times.")]
    [InlineData("\"We will not give up,\" Greta Lind, 45, a dock worker, said on Friday.")]
    [InlineData("\"We will not give up,\" Greta Lind, 45, a dock worker, who lost her job in May, told reporters.")]
    public void AsidesFollowingEachOtherStillLeaveTheNamedSpeaker(string text)
    {
        Assert.Equal("Greta Lind", Assert.Single(Extract.From(text).Quotes).Speaker);
    }

    [Fact]
    public void ThePaperAWorkerToldIsNoSpeaker()
    {
        var facts = Extract.From("\"We will not give up,\" a dock worker, 45, who lost her job in May, told the Velm Times.");
        Assert.Null(Quote(facts, "We will not give up").Speaker);
    }

    [Theory]
    [InlineData("\"Prices will fall by the summer,\" Berg was quoted as saying by the agency.")]
    [InlineData("\"Prices will fall by the summer,\" Berg was quoted saying in a radio interview.")]
    [InlineData("\"Prices will fall by the summer,\" Berg was quoted by the state agency as saying.")]
    [InlineData("\"Prices will fall by the summer,\" Berg was quoted by the state agency saying.")]
    [InlineData("\"Prices will fall by the summer,\" he was quoted as saying.")]
    public void ASpeakerQuotedInThePassiveSaidTheWords(string second)
    {
        var facts = Extract.From("Trade Minister Jonas Berg spoke to the state agency on Tuesday.\n\n" + second);
        Assert.Equal("Jonas Berg", Quote(facts, "Prices will fall").Speaker);
    }
}
