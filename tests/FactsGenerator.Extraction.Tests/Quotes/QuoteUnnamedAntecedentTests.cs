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
}
