using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>A dateline after a standfirst ("MOSCOW -- ..." in the second paragraph), and a postal state code after a
/// dateline's town ("DENVER, CO -"), name where the story was filed from, not bodies.</summary>
public class LateDatelineTests
{
    [Theory]
    [InlineData("Envoys met again on Tuesday.\n\nMOSCOW -- Officials met their counterparts on Tuesday to discuss the grain deal.", "Moscow")]
    [InlineData("Exports rose sharply in May.\n\nLISBON (Reuters) - The trade surplus widened in May as exports rose 8 percent.", "Lisbon")]
    [InlineData("Ferries stayed in port.\n\nStorms are expected to last until Friday.\n\nLISBON - The harbour closed on Sunday.", "Lisbon")]
    public void ADatelineAfterAStandfirstIsThePlace(string body, string place)
    {
        var facts = Extract.From(body);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not "Reuters");
    }

    [Fact]
    public void AnAcronymOpeningALaterParagraphStaysABody()
    {
        // Only a known place or an agency's bracket make capitals a dateline after the first paragraph.
        var facts = Extract.From("The alliance met on Monday.\n\nNATO - the alliance of 32 states - said it would expand.");
        Assert.Contains("NATO", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APostalStateCodeAfterTheDatelineTownIsTheState()
    {
        var facts = Extract.From("DENVER, CO - A wildfire forced hundreds of residents to flee on Sunday.");
        Assert.Contains("Denver", Extract.PlaceNames(facts));
        var state = Assert.Single(facts.Places, p => p.Name == "Colorado");
        Assert.Contains("CO", state.Aliases);
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void ThePostalCodeLaterInTheStoryIsAnEverydayWord()
    {
        // The code is the state's alias in the dateline only: "photo ID" later is no mention of Idaho.
        var facts = Extract.From("BOISE, ID - Voters must show a photo ID at the polls, officials said on Monday.");
        var state = Assert.Single(facts.Places, p => p.Name == "Idaho");
        Assert.Equal(1, state.Mentions);
    }

    [Fact]
    public void APostalCodeWithoutTheDatelineDashIsNoState()
    {
        // "OR" between commas in running text is a word, not Oregon.
        var facts = Extract.From("Residents of Denver said the fire, OR the smoke, kept them inside.");
        Assert.DoesNotContain("Oregon", Extract.PlaceNames(facts));
    }
}
