using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// An unnamed spokesperson speaks for a body: "a company spokesperson" for the company named before, and "the
/// spokeswoman" on second reference for the body whose unnamed spokeswoman a recent sentence introduced.
/// </summary>
public class QuoteUnnamedSpokespersonTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void CompanySpokespersonAfterTheWordsSpeaksForTheCompanyNamedBefore()
    {
        var facts = Extract.From("Ferry operator Velmline Holdings cancelled every crossing on Friday.\n\n\"We expect the first boats to sail again by Monday morning,\" a company spokesperson said.");
        Assert.Equal("Velmline Holdings", Quote(facts, "We expect").Speaker);
    }

    [Fact]
    public void SpokeswomanTakenUpAgainSpeaksForTheBodyHerFirstMentionNamed()
    {
        var facts = Extract.From("A spokeswoman for Velmline Holdings said one of its ferries had run aground. Nobody was hurt.\n\n\"The ferry touched a sandbank just outside the harbour mouth,\" the spokeswoman said.");
        Assert.Equal("Velmline Holdings", Quote(facts, "The ferry touched").Speaker);
    }

    [Fact]
    public void SpokesmanIntroducedWithTheBodysNameBeforeItSpeaksForTheBody()
    {
        var facts = Extract.From("\"Crossings resume on Monday,\" a Velmline Holdings spokesman said in an email.\n\n\"Passengers will be rebooked free of charge,\" the spokesman added.");
        Assert.Equal("Velmline Holdings", Quote(facts, "Passengers will").Speaker);
    }

    [Fact]
    public void SpokeswomanNeverIntroducedForABodyNamesNobody()
    {
        // (No sentence before introduced a spokeswoman for the body: the body named before is not taken for her.)
        var facts = Extract.From("Velmline Holdings cancelled every crossing on Friday.\n\n\"The ferry touched a sandbank just outside the harbour mouth,\" the spokeswoman said.");
        Assert.Null(Quote(facts, "The ferry touched").Speaker);
    }

    [Fact]
    public void ArmySpokesmanIsNoCompanyDescription()
    {
        // ("an army spokesman": "army" is no word for the kind of body named before, so nobody is named.)
        var facts = Extract.From("Velmline Holdings cancelled every crossing on Friday.\n\n\"Our soldiers are searching the shore for the missing crew,\" an army spokesman said.");
        Assert.Null(Quote(facts, "Our soldiers").Speaker);
    }

    [Fact]
    public void SpokeswomanTakenUpAgainIsNotTheSpokesmanOfAnotherBody()
    {
        var facts = Extract.From("A spokeswoman for Velmline Holdings said the ferry was theirs. A spokesman for Harlow Police said the quay was shut.\n\n\"We are shocked by this,\" the spokeswoman said.");
        Assert.Equal("Velmline Holdings", Quote(facts, "We are shocked").Speaker);
    }
}
