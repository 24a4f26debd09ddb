using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"The report, published by X, said": a document whose maker an aside names speaks for that body.</summary>
public class QuotePublishedDocumentTests
{
    private static string? SpeakerOf(string text) => Assert.Single(Extract.From(text).Quotes).Speaker;

    [Theory]
    [InlineData("The report, published by the Velm Institute on Monday, said harbour wages were \"far below the national average\".", "Velm Institute")]
    [InlineData("The letter, issued by the Velm Dockers Union, read: \"Harbour wages are far below the national average.\"", "Velm Dockers Union")]
    public void TheBodyTheAsideNamesSpeaks(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(text));
    }

    [Fact]
    public void AnAsideThatPublishesNothingNamesNoMaker()
    {
        // "reviewed by" says who read the report, not who wrote it.
        Assert.Null(SpeakerOf("The report, reviewed by the Velm Institute on Monday, said harbour wages were \"far below the national average\"."));
    }
}
