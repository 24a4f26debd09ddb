using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Rank letters written before an officer's name in Nigerian and South Asian copy ("SP", "DSP", "ASP", "CSP") and an
/// Australian councillor's "Cr" are titles, not part of the name: the quotation is the person's under their own name,
/// and "Cr Marsh" is the Lena Marsh named before.
/// </summary>
public class QuoteRankLettersSpeakerTests
{
    [Fact]
    public void PoliceRankLettersAreNoPartOfTheSpeakersName()
    {
        var facts = Extract.From("The state police spokesman, SP Chidi Okafor, said two rifles were found.\n\n"
            + "Okafor said: \"The suspects will be charged to court after the investigation.\"");
        Assert.Equal("Chidi Okafor", Assert.Single(facts.Quotes).Speaker);

        // (The job written before the rank is the role; the rank gives way to it.)
        Assert.Equal("state police spokesman", Extract.Person(facts, "Chidi Okafor").Role);
    }

    [Fact]
    public void RankLettersAloneGiveTheRank()
    {
        var facts = Extract.From("\"We will arrest the others before the end of the month,\" DSP Amina Bello told reporters.");
        Assert.Equal("Amina Bello", Assert.Single(facts.Quotes).Speaker);
        Assert.Equal("deputy superintendent", Extract.Person(facts, "Amina Bello").Role);
    }

    [Fact]
    public void ACouncillorsShortTitleIsThePersonNamedBefore()
    {
        var facts = Extract.From("Harlow Downs Mayor Lena Marsh said the farm was key to the region.\n\n"
            + "\"It is fantastic to see another solar project given the green light,\" Cr Marsh said.");
        Assert.Equal("Lena Marsh", Assert.Single(facts.Quotes).Speaker);
        Assert.DoesNotContain("Cr Marsh", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ThePartyLettersBeforeAnOfficeAreNoRank()
    {
        // "SP" before a lower-case office is a party's short name, not a rank of the person after the office.
        var facts = Extract.From("\"We will form the next government in the state,\" SP chief Lena Marsh said.");
        Assert.Equal("Lena Marsh", Assert.Single(facts.Quotes).Speaker);
        Assert.NotEqual("superintendent", Extract.Person(facts, "Lena Marsh").Role);
    }
}
