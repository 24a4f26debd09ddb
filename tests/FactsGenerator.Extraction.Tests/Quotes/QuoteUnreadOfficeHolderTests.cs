using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"said Body Director Name": the holder of the body's office spoke, not the body.</summary>
public class QuoteUnreadOfficeHolderTests
{
    private static string? SpeakerOf(string text) => Assert.Single(Extract.From(text).Quotes).Speaker;

    [Fact]
    public void TheBodyIsNotTheSpeakerOfItsOfficeHolder()
    {
        // Whether or not the holder's name is read as a person, the body before the office did not say the words.
        var speaker = SpeakerOf("\"The river will rise by a metre before dawn,\" said Bureau of Land Management Director Bob Abbey.");
        Assert.NotEqual("Bureau of Land Management", speaker);
    }

    [Fact]
    public void AHolderReadAsAPersonSpeaks()
    {
        Assert.Equal("Ana Ruiz", SpeakerOf("\"The river will rise by a metre before dawn,\" said Bureau of Land Management Director Ana Ruiz."));
    }

    [Fact]
    public void TheBodyWithNoOfficeAfterItSpeaks()
    {
        Assert.Equal("Bureau of Land Management", SpeakerOf("\"The river will rise by a metre before dawn,\" said the Bureau of Land Management on Monday."));
    }
}
