using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>""...," said the ministry." and ""...," the UN agency said.": a lower-case description after the verb of saying,
/// or a body's name modifying a noun for a body, stands for the body named before as ""...," the ministry said" does.</summary>
public class QuoteDescribedBodyAfterVerbTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void ADescriptionAfterTheVerbStandsForTheBodyNamedBefore()
    {
        var facts = Extract.From("The Ministry of Coastal Fisheries closed the northern grounds on Monday. "
            + "\"Stocks have fallen for the third year running,\" said the ministry.");
        Assert.Equal("Ministry of Coastal Fisheries", SpeakerOf(facts, "Stocks have fallen"));
    }

    [Fact]
    public void TheDescriptionsDocumentAfterTheVerbSpeaksForTheBody()
    {
        var facts = Extract.From("The Ministry of Coastal Fisheries closed the northern grounds on Monday. "
            + "\"Stocks have fallen for the third year running,\" said the ministry's statement.");
        Assert.Equal("Ministry of Coastal Fisheries", SpeakerOf(facts, "Stocks have fallen"));
    }

    [Fact]
    public void ABodysNameBeforeANounForABodyIsAModifier()
    {
        var facts = Extract.From("The UN Refugee Agency counted 300 new arrivals in Velmoria in March. "
            + "\"Every family should have shelter before winter starts,\" the UN agency said.");
        Assert.Equal("UN Refugee Agency", SpeakerOf(facts, "Every family should"));
    }

    [Fact]
    public void TheUnAgencyIsOneOfTheUnsOwnBodies()
    {
        var facts = Extract.From("The World Health Organisation (WHO) counted 300 new cases of measles in Velmoria in March. "
            + "\"Every child should get both doses before school starts,\" the UN agency said.");
        Assert.Equal("World Health Organisation", SpeakerOf(facts, "Every child should get"));
    }

    [Theory]
    [InlineData("Ana Ruiz, the mayor, visited the shelter on Monday with officials of the Velm Water Agency. "
        + "The Velm Transport Ministry said roads would reopen. \"Crews are working through the night,\" the UN agency said.")]
    [InlineData("The Velmorian Health Agency counted 300 new cases of measles in March. "
        + "\"Crews are working through the night,\" the EU agency said.")]
    public void AnAgencyTheModifierIsNotLinkedToIsNoSpeaker(string text)
    {
        Assert.Null(SpeakerOf(Extract.From(text), "Crews are working"));
    }

    [Fact]
    public void ADescriptionThatGoesOnNamesNobody()
    {
        // ("the head of the ministry" is a person the text does not name: neither the ministry nor anyone else.)
        var facts = Extract.From("The Ministry of Coastal Fisheries closed the northern grounds on Monday. "
            + "\"Stocks have fallen for the third year running,\" said the head of the ministry.");
        Assert.Null(SpeakerOf(facts, "Stocks have fallen"));
    }
}
