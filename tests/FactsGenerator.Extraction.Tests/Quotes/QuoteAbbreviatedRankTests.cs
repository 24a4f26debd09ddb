using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"..., Coast Guard Capt. Jo Kim said", "..., said Harlow County fire Lt. Jo Kim": a body or a place, a few
/// lower-case words and an abbreviated rank with its stop describe the person named right after them, who speaks.</summary>
public class QuoteAbbreviatedRankTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void ABodysAbbreviatedRankBeforeTheNameGivesThePerson()
    {
        var facts = Extract.From("Fuel leaked into the bay on Monday. \"The slick is breaking up in the swell,\" Coast Guard Capt. "
            + "Doran Pellick said after a flight over the area.");
        Assert.Equal("Doran Pellick", SpeakerOf(facts, "The slick is breaking up"));
    }

    [Fact]
    public void APlaceAndLowerCaseWordsBeforeTheRankGiveThePerson()
    {
        var facts = Extract.From("The barn burned down overnight. \"Nobody was inside when the roof fell in,\" said Harlow County "
            + "fire Capt. Mira Dessau.");
        Assert.Equal("Mira Dessau", SpeakerOf(facts, "Nobody was inside"));
    }

    [Fact]
    public void AProvincesPoliceRankBeforeTheNameGivesThePerson()
    {
        var facts = Extract.From("Twelve people are unaccounted for. \"We are still checking every house on the street,\" Ontario "
            + "provincial police Lt. Corin Vasseur told a news conference.");
        Assert.Equal("Corin Vasseur", SpeakerOf(facts, "We are still checking"));
    }

    [Fact]
    public void ARankWithNoNameAfterItGivesNobody()
    {
        // (The rank stands before no person: the words stay without a speaker rather than going to the body.)
        var facts = Extract.From("Fuel leaked into the bay on Monday. \"The slick is breaking up in the swell,\" a Coast Guard Lt. "
            + "said after a flight over the area.");
        Assert.Null(SpeakerOf(facts, "The slick is breaking up"));
    }
}
