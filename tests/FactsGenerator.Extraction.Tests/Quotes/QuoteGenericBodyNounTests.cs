using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"The organisation said": a noun every body is stands for the body the sentence before is about.</summary>
public class QuoteGenericBodyNounTests
{
    private static string? SpeakerOf(string text, string startsWith) =>
        Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void TheOrganisationIsTheBodyOpeningTheSentenceBefore()
    {
        const string Text = "The Velm Organization for Rivers reported that 4,000 people had fled. "
            + "The Harbour Relief Foundation said that 900 people reached the camp. "
            + "\"Most of them walked for three days,\" the organization said.";
        Assert.Equal("Harbour Relief Foundation", SpeakerOf(Text, "Most of them"));
    }

    [Fact]
    public void AFewWordsSayingWhatKindOfBodyMayComeFirst()
    {
        const string Text = "The Velm Organization for Rivers reported that 4,000 people had fled.\n\n"
            + "Medical aid group Harbour Relief Foundation said that 900 people reached the camp.\n\n"
            + "\"Most of them walked for three days,\" the organisation said.";
        Assert.Equal("Harbour Relief Foundation", SpeakerOf(Text, "Most of them"));
    }

    [Fact]
    public void WithNoBodyOpeningTheSentenceBeforeTheNameStillDecides()
    {
        // The sentence before is about nobody: the body whose name holds the noun stays the one meant.
        const string Text = "The Velm Organization for Rivers reported that 4,000 people had fled. "
            + "Heavy rain fell on the camp all day. "
            + "\"Most of them walked for three days,\" the organization said.";
        Assert.Equal("Velm Organization for Rivers", SpeakerOf(Text, "Most of them"));
    }

    [Fact]
    public void TheGroupIsTheBodyOpeningTheSentenceBefore()
    {
        const string Text = "The Velm Dockers Union said the talks had failed. "
            + "\"Most of them walked for three days,\" the group said.";
        Assert.Equal("Velm Dockers Union", SpeakerOf(Text, "Most of them"));
    }

    [Fact]
    public void AGroupOfPeopleIsNoBody()
    {
        const string Text = "The Velm Dockers Union called a strike on Monday. A group of residents marched to the port. "
            + "\"Most of them walked for three days,\" the group said.";
        Assert.Null(SpeakerOf(Text, "Most of them"));
    }
}
