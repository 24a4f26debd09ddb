using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>""...," the Velm Port Authority statement said": a body's document after the quotation speaks for the body.</summary>
public class QuoteBodyDocumentAfterTests
{
    private static string? SpeakerOf(string text) => Assert.Single(Extract.From(text).Quotes).Speaker;

    [Theory]
    [InlineData("\"Nobody goes back to work until the wages are paid,\" the Velm Port Authority statement said.")]
    [InlineData("\"Nobody goes back to work until the wages are paid,\" a Velm Port Authority notice read.")]
    public void TheBodyBeforeItsDocumentSpeaks(string text)
    {
        Assert.Equal("Velm Port Authority", SpeakerOf(text));
    }

    [Fact]
    public void ABodyBeforeANounThatIsNoDocumentIsNoSpeaker()
    {
        Assert.Null(SpeakerOf("\"Nobody goes back to work until the wages are paid,\" the Velm Port Authority crane driver said."));
    }
}
