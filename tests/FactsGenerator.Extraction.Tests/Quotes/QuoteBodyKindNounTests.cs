using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

public class QuoteBodyKindNounTests
{
    private static string? SpeakerOf(string text, string startsWith) =>
        Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void TheAirlineIsTheBodyWhoseNameSaysAirways()
    {
        Assert.Equal("Bluecrest Airways", SpeakerOf("Bluecrest Airways kept twelve planes on the ground on Sunday. \"Every passenger will get a refund,\" the airline said.", "Every passenger"));
    }

    [Fact]
    public void TheCarmakerIsTheBodyWhoseNameSaysMotors()
    {
        Assert.Equal("Dunmore Motors", SpeakerOf("Dunmore Motors halted its night shift. \"Demand has slowed since spring,\" the carmaker said.", "Demand has slowed"));
    }

    [Fact]
    public void TheBandIsTheBodyIntroducedAfterBand()
    {
        Assert.Equal("Silver Meadow", SpeakerOf("Rock band Silver Meadow called off its winter shows. The band said: \"Our drummer needs time to heal.\"", "Our drummer"));
    }
}
