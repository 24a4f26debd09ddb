using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A spokesperson speaks for the person or body the sentence names, not for the body named last.</summary>
public class QuoteSpokespersonTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void APersonsSpokesmanSpeaksForThePerson()
    {
        var facts = Extract.From("The Harbour Council met on Monday. Ann Redfern's spokesman said the mayor was \"fully focused on the recovery of the town\".");
        Assert.Equal("Ann Redfern", Quote(facts, "fully focused").Speaker);
    }

    [Fact]
    public void ASpokeswomanForAPersonSpeaksForThePerson()
    {
        var facts = Extract.From("The Harbour Council met on Monday. A spokeswoman for Ann Redfern said the mayor was \"fully focused on the repairs\".");
        Assert.Equal("Ann Redfern", Quote(facts, "fully focused").Speaker);
    }

    [Fact]
    public void ABodysSpokespersonStillSpeaksForTheBody()
    {
        var facts = Extract.From("The Harbour Council met on Monday. The Eastfield Water Board's spokesperson said the pipes were \"in need of urgent repair\".");
        Assert.Equal("Eastfield Water Board", Quote(facts, "in need").Speaker);
    }

    [Fact]
    public void APersonNamedAfterASpokespersonInAnAppositionIsNotTheOneSpokenFor()
    {
        var facts = Extract.From("The Harbour Council met on Monday. Tom Ruddock, a spokesman for Ann Redfern, said the plan was \"dead in the water\".");
        Assert.Equal("Tom Ruddock", Quote(facts, "dead in").Speaker);
    }

    [Fact]
    public void ASpokespersonOfAnOfficeDescribedSpeaksForItsHolder()
    {
        var facts = Extract.From("Governor Ana Ruiz met the unions on Monday. The governor's spokesman said: \"The talks were useful and will go on.\"");
        Assert.Equal("Ana Ruiz", Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void ASpokespersonOfAnOfficeNobodyHoldsHasNoSpeakerNotTheLastBody()
    {
        var facts = Extract.From("The Velm Port Authority closed the dock. The premier's spokeswoman said: \"Nobody was hurt in the fire at the dock.\"");
        Assert.Null(Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void ARepresentativeNamedBetweenCommasSpeaksHerself()
    {
        var facts = Extract.From("The Velm Port Authority closed the quay on Monday. \"The crane is late,\" a Velm Port Authority spokeswoman, Greta Lind, said.");
        Assert.Equal("Greta Lind", Assert.Single(facts.Quotes).Speaker);
    }
}
