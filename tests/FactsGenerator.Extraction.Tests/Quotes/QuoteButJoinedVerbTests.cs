using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A verb of saying after "but" with no subject of its own shares the subject of the clause before.</summary>
public class QuoteButJoinedVerbTests
{
    private static string? SpeakerOf(string text) => Assert.Single(Extract.From(text).Quotes).Speaker;

    [Fact]
    public void TheReporterOfTheFirstClauseSpeaks()
    {
        Assert.Equal("Tomas Reyes", SpeakerOf(
            "Tomas Reyes, a harbour pilot, told the radio station that the crews had not been paid for weeks, but added that the money would come \"by the end of the month, every cent of it.\""));
    }

    [Fact]
    public void ADeedBeforeButGoesOnWithItsDoer()
    {
        Assert.Equal("Greta Lind", SpeakerOf(
            "Greta Lind voted against the budget but said the council had done \"a decent job under the circumstances.\""));
    }

    [Fact]
    public void ASubjectAfterButSpeaksItself()
    {
        Assert.Equal("Greta Lind", SpeakerOf(
            "Tomas Reyes opposed the plan, but Greta Lind said it was \"the only fair deal on the table.\""));
    }
}
