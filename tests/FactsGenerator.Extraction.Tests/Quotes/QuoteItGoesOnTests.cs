using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// ""...," the authority said. "...," it added.": "it" saying something goes on with the body quoted just before, in the
/// same sentence or the one before.
/// </summary>
public class QuoteItGoesOnTests
{
    private const string Opening = "Tug sinks at the quay\n\nThe Velm Port Authority said on Monday that a tug sank near the quay.\n\n";

    private static string? SpeakerOf(string text, string startsWith) =>
        Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void ItAddedAfterTheBodyQuotedInTheSentenceBefore()
    {
        const string Text = Opening + "\"No one was hurt, but the tug was lost,\" the authority said.\n\n"
            + "\"We continue to urge all crews to slow down,\" it added.";
        Assert.Equal("Velm Port Authority", SpeakerOf(Text, "We continue"));
    }

    [Fact]
    public void ItOpeningASentenceWithAFramingVerb()
    {
        const string Text = Opening + "\"No one was hurt, but the tug was lost,\" the authority said. "
            + "It accused the crews of \"reckless speed near the quay\" on the day.";
        Assert.Equal("Velm Port Authority", SpeakerOf(Text, "reckless speed"));
    }

    [Fact]
    public void ASecondQuotationAfterItSaidAdding()
    {
        const string Text = Opening + "\"No one was hurt, but the tug was lost,\" it said, adding that \"this happened during a calm spell\" at the port.";
        Assert.Equal("Velm Port Authority", SpeakerOf(Text, "this happened"));
    }

    [Fact]
    public void APersonQuotedBeforeIsNoIt()
    {
        // "It" is no person: after Ana Ruiz's words it goes on with nobody.
        const string Text = "Tug sinks at the quay\n\nHarbour master Ana Ruiz spoke on Monday.\n\n"
            + "\"No one was hurt, but the tug was lost,\" Ruiz said.\n\n"
            + "\"We continue to urge all crews to slow down,\" it added.";
        Assert.Null(SpeakerOf(Text, "We continue"));
    }

    [Fact]
    public void ItThatIsNoActorGoesOnWithNobody()
    {
        const string Text = Opening + "\"No one was hurt, but the tug was lost,\" the authority said.\n\n"
            + "It was \"a miracle that nobody drowned\" in the storm.";
        Assert.Null(SpeakerOf(Text, "a miracle"));
    }

    [Fact]
    public void AnotherBodyNamedInTheSentenceStopsIt()
    {
        // The sentence names the Velm Coast Guard: "it" is the body the sentence itself names, not the authority quoted
        // the sentence before.
        const string Text = Opening + "\"No one was hurt, but the tug was lost,\" the authority said.\n\n"
            + "After the Velm Coast Guard arrived, it warned of \"more storms ahead\" for the port.";
        Assert.Equal("Velm Coast Guard", SpeakerOf(Text, "more storms"));
    }
}
