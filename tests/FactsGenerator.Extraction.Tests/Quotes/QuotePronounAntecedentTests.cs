using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>Whom "he" or "she" before a quotation stands for, and which of several names opening a clause is its actor.</summary>
public class QuotePronounAntecedentTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void APersonNamedAfterAPrepositionInThePronounsClauseIsSomeoneElse()
    {
        var facts = Extract.From("Governor Tomas Ruiz had signed the order in May. Speaking to reporter Jonas Berg of the Daily Post, he said, \"I take full responsibility for the delays at the port.\"");
        Assert.Equal("Tomas Ruiz", Quote(facts, "I take full").Speaker);
    }

    [Fact]
    public void ANameBeforeAPossessiveAfterAPrepositionMayStillBeThePronouns()
    {
        var facts = Extract.From("The bridge reopened on Monday. With Ana Ruiz's approval, she said, \"Traffic will be back to normal within a week.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "Traffic will be").Speaker);
    }

    [Fact]
    public void ASubjectFollowedByItsAffiliationIsStillTheSubject()
    {
        var facts = Extract.From("The paper reported that in March, Director Tomas Brandt of the Harbour Authority accepted blame for the closure of the docks run by engineer Paul Meyer. He said, \"It happened on my watch and I will answer for it.\"");
        Assert.Equal("Tomas Brandt", Quote(facts, "It happened on").Speaker);
    }

    [Fact]
    public void ABodyNamedAfterAPersonIsTheActorNotThePerson()
    {
        var facts = Extract.From("Senator Ana Ruiz and Governor Tomas Brandt are running for office. The Ruiz campaign criticized the governor's refusal to debate, accusing him of \"hiding from the voters of the valley.\"");
        Assert.Equal("Ruiz campaign", Quote(facts, "hiding from the").Speaker);
    }

    [Theory]
    [InlineData("Three ferries were cancelled on Friday, said Jonas Berg, spokesman for Governor Tomas Ruiz.")]
    [InlineData("\"The ferries will run again by Monday,\" said Jonas Berg, spokesman for Governor Tomas Ruiz.")]
    public void APronounAfterSaidXAndAnAppositionStandsForTheSpeaker(string first)
    {
        var facts = Extract.From(first + "\n\n\"The storm damaged two of the piers at the harbour,\" he told reporters, adding that repairs had begun.");
        Assert.Equal("Jonas Berg", Quote(facts, "The storm damaged").Speaker);
    }

    [Fact]
    public void APronounAfterAnOrdinaryClauseStillStandsForItsSubject()
    {
        var facts = Extract.From("Governor Tomas Ruiz met Jonas Berg on Friday.\n\n\"The storm damaged two of the piers at the harbour,\" he told reporters.");
        Assert.Equal("Tomas Ruiz", Quote(facts, "The storm damaged").Speaker);
    }
    [Fact]
    public void ASentenceWhoseSubjectIsTheSamePronounPassesItsAntecedentOn()
    {
        var facts = Extract.From("\"Nobody walks away from a night like that unchanged,\" said Magistrate Helen Ostrow.\n\n"
            + "Handing down the fine, she said the court accepted that driver Maria Kolb had not meant to harm anyone.\n\n"
            + "\"You must never get behind the wheel after drinking again,\" she said.");
        Assert.Equal("Helen Ostrow", Quote(facts, "You must never").Speaker);
    }

    [Fact]
    public void ThePronounChainWorksForTheCoachOfATeamToo()
    {
        var facts = Extract.From("Coach Peter Lindqvist praised his side after the draw in Malmo. He said striker Johan Berg had been ill all week.\n\n"
            + "\"To play ninety minutes in that state shows real character,\" he said.");
        Assert.Equal("Peter Lindqvist", Quote(facts, "To play ninety").Speaker);
    }

    [Fact]
    public void APronounAfterASentenceWithAnotherSubjectIsNotChained()
    {
        var facts = Extract.From("Coach Peter Lindqvist praised his side after the draw. Striker Johan Berg had been ill all week.\n\n"
            + "\"I could hardly breathe in the second half,\" he said.");
        Assert.Equal("Johan Berg", Quote(facts, "I could hardly").Speaker);
    }
}
