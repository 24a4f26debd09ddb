using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>After the quotation, an unnamed representative or a document of a body speaks for the body.</summary>
public class QuoteRepresentativeAfterTests
{
    private const string Opening = "Dock workers at Velm walked out on Monday, led by the Velm Dockers Union.\n\n";

    private static string? SpeakerOf(string text) =>
        Assert.Single(Extract.From(Opening + text).Quotes, q => q.Text.StartsWith("Nobody goes back", System.StringComparison.Ordinal)).Speaker;

    [Theory]
    [InlineData("\"Nobody goes back to work until the wages are paid,\" a statement from the Velm Port Authority said.")]
    [InlineData("\"Nobody goes back to work until the wages are paid,\" said a spokesperson for the Velm Port Authority.")]
    [InlineData("\"Nobody goes back to work until the wages are paid,\" an official at the Velm Port Authority told reporters.")]
    [InlineData("\"Nobody goes back to work until the wages are paid,\" said a joint statement issued by the Velm Port Authority.")]
    public void TheBodyNamedAfterTheNounSpeaks(string text)
    {
        Assert.Equal("Velm Port Authority", SpeakerOf(text));
    }

    [Fact]
    public void ADescriptionOfTheBodyStandsForTheOneNamedBefore()
    {
        Assert.Equal("Velm Dockers Union", SpeakerOf("\"Nobody goes back to work until the wages are paid,\" said a statement from the union on Monday."));
    }

    [Theory]
    [InlineData("\"Nobody goes back to work until the wages are paid,\" a resident of the Velm Port Authority estate said.")]
    [InlineData("\"Nobody goes back to work until the wages are paid,\" a source at the Velm Port Authority said.")]
    public void SomeoneWhoDoesNotSpeakForTheBodyGivesNoSpeaker(string text)
    {
        Assert.Null(SpeakerOf(text));
    }
}
