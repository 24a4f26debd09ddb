using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// "The organisation" or "the agency" after a sentence that opens with no body but gives one as its source ("...,
/// according to the Velm Maritime Bureau.", "According to a statement on the website of X, ...") stands for that body.
/// </summary>
public class QuoteBodyCitedAsSourceTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void OrganisationAfterAnAccordingToSourceIsThatBody()
    {
        var facts = Extract.From("Most kidnappings at sea happen off the southern coast, according to the Velm Maritime Bureau (VMB).\n\nRecently, the organisation has noted \"a welcome and marked decrease\" in attacks.");
        Assert.Equal("Velm Maritime Bureau", Quote(facts, "a welcome and").Speaker);
    }

    [Fact]
    public void AgencyAfterAStatementOnABodysWebsiteIsThatBody()
    {
        var facts = Extract.From("According to a statement posted on the website of the Velm Inquiry Committee, the clerk took the money for \"closing a case that was assigned to him.\"\n\n\"The committee always acts promptly against any breach of the rules,\" said the agency.");
        Assert.Equal("Velm Inquiry Committee", Quote(facts, "closing a case").Speaker);
        Assert.Equal("Velm Inquiry Committee", Quote(facts, "The committee always").Speaker);
    }

    [Fact]
    public void SentenceWithoutASourceGivesNoBody()
    {
        var facts = Extract.From("The Velm Maritime Bureau was founded in 1990. Most kidnappings at sea happen off the southern coast.\n\nRecently, the organisation has noted \"a welcome and marked decrease\" in attacks.");
        Assert.NotEqual("Velm Maritime Bureau", Quote(facts, "a welcome and").Speaker);
    }

    [Fact]
    public void PersonAsTheSourceIsNoBody()
    {
        var facts = Extract.From("The Velm Port Agency runs the quays. Most ferries were late, according to harbour master Ana Ruiz.\n\n\"Two of the berths were closed for the whole week,\" the agency said.");
        Assert.NotEqual("Ana Ruiz", Quote(facts, "Two of the berths").Speaker);
    }

    [Fact]
    public void GroupTakesUpNoCitedSource()
    {
        // ("The group" is the fighters, or a body whose name holds the word: not the ministry cited as the source.)
        var facts = Extract.From("The Tarrow Rights Group sent observers to the coast.\n\nTen soldiers were killed in the raid, according to the Velm Defence Ministry.\n\n\"We saw no sign of a raid anywhere on the coast,\" the group said.");
        Assert.Equal("Tarrow Rights Group", Quote(facts, "We saw no sign").Speaker);

        facts = Extract.From("Fighters of the Tarrow Front attacked the base on Monday.\n\nTen soldiers were killed in the raid, according to the Velm Defence Ministry.\n\n\"We will fight on until the last soldier leaves,\" the group said.");
        Assert.NotEqual("Velm Defence Ministry", Quote(facts, "We will fight on").Speaker);
    }

    [Fact]
    public void WireServiceCitedIsNoBodyTakenUp()
    {
        // (A wire service only reported the figures.)
        var facts = Extract.From("Ten people died in the storm on the coast, according to Reuters.\n\n\"We are overwhelmed by the number of calls,\" the organisation said.");
        Assert.NotEqual("Reuters", Quote(facts, "We are overwhelmed").Speaker);
    }
}
