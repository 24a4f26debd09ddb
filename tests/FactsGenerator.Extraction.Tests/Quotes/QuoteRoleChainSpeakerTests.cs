using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// "Body chief executive Name said", "Body Chairman Barrister Name said", "Body spokesman Maj. Gen. Name told": a role of
/// two words, or a courtesy title or rank after the role, between a body and a name still describes the person, who
/// speaks; so does a body's bracketed short form before the office ("Body (VPA) Director Name").
/// </summary>
public class QuoteRoleChainSpeakerTests
{
    private static string? SpeakerOf(string text) => Assert.Single(Extract.From(text).Quotes).Speaker;

    [Fact]
    public void TwoRoleWordsAfterACompany()
    {
        Assert.Equal("Lena Marsh", SpeakerOf("\"The new field will double our output by next spring,\" Velmgas chief executive Lena Marsh said in the statement."));
    }

    [Fact]
    public void ACourtesyTitleAfterACapitalisedOffice()
    {
        Assert.Equal("Tunde Okoro", SpeakerOf("\"We will take the ruling to the higher court next week,\" VPP Chairman Barrister Tunde Okoro said."));
    }

    [Fact]
    public void AnAbbreviatedRankAfterARole()
    {
        Assert.Equal("Omar Rehan", SpeakerOf("\"We expected the fighting to spread across the valley,\" Velm army spokesman Maj. Gen. Omar Rehan told a news conference."));
    }

    [Fact]
    public void ABracketedShortFormBeforeTheOffice()
    {
        Assert.Equal("Lena Marsh", SpeakerOf("\"The harbour will reopen to ferries on Monday,\" said Velm Port Authority (VPA) Director Lena Marsh."));
    }

    [Fact]
    public void AVerbAfterTheRoleGivesNoPersonAfterIt()
    {
        // "chief executive" is followed by the verb, not a name: the name after the verb was told, it did not speak.
        var speaker = SpeakerOf("\"The field is dry and we will leave it this year,\" said the Velmgas chief executive to Lena Marsh.");
        Assert.NotEqual("Lena Marsh", speaker);
    }
}
