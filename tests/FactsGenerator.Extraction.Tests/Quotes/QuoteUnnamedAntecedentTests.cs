using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A pronoun after a sentence about an unnamed person stands for that person, not for someone named earlier.</summary>
public class QuoteUnnamedAntecedentTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void APronounAfterOneOfAGroupIsNotThePersonNamedEarlier()
    {
        var facts = Extract.From("Prosecutor Ann Redfern spoke for the state. One of the witnesses agreed to be named in the press. "
            + "She said she wanted to show others \"there is no shame in speaking up\".");
        Assert.Null(Quote(facts, "there is no shame").Speaker);
    }

    [Fact]
    public void APronounAfterAnIndefinitePersonIsNotThePersonNamedEarlier()
    {
        var facts = Extract.From("Prosecutor Ann Redfern spoke for the state. A neighbour watched the hearing from the gallery. "
            + "She said the verdict was \"long overdue for the whole street\".");
        Assert.Null(Quote(facts, "long overdue").Speaker);
    }

    [Fact]
    public void APronounRightAfterTheNamedPersonIsStillThem()
    {
        var facts = Extract.From("Prosecutor Ann Redfern spoke for the state. She said the case was \"a clear one from the start\".");
        Assert.Equal("Ann Redfern", Quote(facts, "a clear one").Speaker);
    }
    [Fact]
    public void APronounAfterTheQuotationFollowingAnUnnamedPersonIsNotThePersonNamedEarlier()
    {
        var facts = Extract.From("Union leader Tom Hale addressed the rally. \"We will not back down,\" he said.\n\n"
            + "One driver said the depot had cut wages twice this year.\n\n\"We cannot feed our families on this,\" he said.");
        Assert.Equal("Tom Hale", Quote(facts, "We will not").Speaker);
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("We cannot feed", System.StringComparison.Ordinal) && q.Speaker is not null);
    }

    [Fact]
    public void APronounTellingReportersAfterAnUnnamedWitnessIsNotThePersonNamedEarlier()
    {
        var facts = Extract.From("Fire chief Paul Meyer praised the crews. \"They worked through the night,\" he said. "
            + "Another resident said the river rose within minutes. \"I have never seen anything like it,\" he told reporters.");
        Assert.Equal("Paul Meyer", Quote(facts, "They worked").Speaker);
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("I have never", System.StringComparison.Ordinal) && q.Speaker is not null);
    }

    [Fact]
    public void WhoAfterAnUnnamedGroupIsNotTheSentencesNamedSubject()
    {
        var facts = Extract.From("Mayor Ana Ruiz's budget follows warnings from the heads of two city hospitals, who said on Monday that the cuts were \"dangerous for patients\".");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("dangerous", System.StringComparison.Ordinal) && q.Speaker is not null);
    }

    [Fact]
    public void WhoAfterAnObjectIsNotTheSubjectOfTheMainClause()
    {
        var facts = Extract.From("Premier Tomas Brandt met striking dock workers, who said the offer was \"an insult to every family on the quay\".");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("an insult", System.StringComparison.Ordinal) && q.Speaker is not null);
    }

    [Fact]
    public void WhoAfterANameAndItsAsideIsThatPerson()
    {
        var facts = Extract.From("The review was led by Tom Hale, a professor at the Velm Institute, who said the findings were \"a wake-up call for every council\".");
        Assert.Equal("Tom Hale", Quote(facts, "a wake-up call").Speaker);
    }
}
