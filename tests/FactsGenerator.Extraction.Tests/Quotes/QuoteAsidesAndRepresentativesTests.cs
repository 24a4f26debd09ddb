using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>Short asides before a "who" clause describe the speaker; "a spokeswoman for the company" speaks for the body named before.</summary>
public class QuoteAsidesAndRepresentativesTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Local resident Peter Hale, 71, who led the campaign against the plans, said: \"It is a victory for common sense today.\"", "Peter Hale")]
    [InlineData("Fisherman Kwesi Boateng, 58, of Elmina, who lost two boats, said: \"It is a victory for common sense today.\"", "Kwesi Boateng")]
    [InlineData("\"It is a victory for common sense today,\" Anjali Rao, 34, who runs the clinic, said.", "Anjali Rao")]
    public void ShortAsidesBeforeAWhoClauseDescribeTheSpeaker(string sentence, string speaker)
    {
        Assert.Equal(speaker, Quote(Extract.From(sentence), "It is a victory").Speaker);
    }

    [Fact]
    public void APersonInsideAPhraseBeforeTheAsidesIsNotTheSpeaker()
    {
        var facts = Extract.From("The neighbours of Peter Hale, 71, who led the campaign, said: \"It is a victory for common sense today.\"");
        Assert.Null(Quote(facts, "It is a victory").Speaker);
    }

    [Theory]
    [InlineData("Velm Water Company", "A spokeswoman for the company said:")]
    [InlineData("Northwind Airways", "An official from the airline said:")]
    public void ARepresentativeOfADescribedBodySpeaksForIt(string body, string attribution)
    {
        var facts = Extract.From("Mayor Ana Ruiz criticised " + body + " over the outage.\n\n" + attribution + " \"Services will be restored by Friday evening at the latest.\"");
        Assert.Equal(body, Quote(facts, "Services will").Speaker);
    }

    [Fact]
    public void ARepresentativeOfADescribedBodyNamedNowhereGivesNoSpeaker()
    {
        var facts = Extract.From("Mayor Ana Ruiz criticised Velm Water Company over the outage.\n\nA spokesman for the council said: \"Services will be restored by Friday evening at the latest.\"");
        Assert.Null(Quote(facts, "Services will").Speaker);
    }
}
