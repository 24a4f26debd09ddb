using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A colon closing reported speech gives the quotation to whoever reports, not to a name inside the report.</summary>
public class QuoteColonReportTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TheReporterOfAClauseWithAnUnnamedSubjectSpeaks()
    {
        var facts = Extract.From("The botanist Lena Park told the radio station the spread of the weeds along the canal suggested a deeper change: \"Somehow the soil itself has turned against the native plants.\"");
        Assert.Equal("Lena Park", Quote(facts, "Somehow the soil").Speaker);
    }

    [Fact]
    public void AReportedClauseWithANamedSubjectKeepsItsSpeaker()
    {
        var facts = Extract.From("The article said Mayor Tomas Brandt warned the council: \"We cannot afford another winter like the last one.\"");
        Assert.Equal("Tomas Brandt", Quote(facts, "We cannot afford").Speaker);
    }

    [Fact]
    public void ANameAfterByInsideTheClauseIsNotTheSpeaker()
    {
        var facts = Extract.From("A local trade group released a note arguing the dispute should be settled by the Harbour Commission and not by the courts: \"a ruling from a distant bench would ignore the customs of the port.\"");
        Assert.Null(Quote(facts, "a ruling from").Speaker);
    }

    [Fact]
    public void TheSubjectOfTheClauseStillSpeaksBeforeAColon()
    {
        var facts = Extract.From("The Harbour Commission issued a note arguing the dispute should be settled by judges: \"a ruling from a distant bench would ignore the customs of the port.\"");
        Assert.Equal("Harbour Commission", Quote(facts, "a ruling from").Speaker);
    }
}
