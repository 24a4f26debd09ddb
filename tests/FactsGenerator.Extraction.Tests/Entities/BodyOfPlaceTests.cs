namespace FactsGenerator.Extraction.Tests.Entities;

public class BodyOfPlaceTests
{
    [Theory]
    [InlineData("The Air Accident Board of Indonesia released its findings on Friday.", "Indonesia")]
    [InlineData("A spokesman for the Green Party of Vermont said the vote was close.", "Vermont")]
    public void ACountryOrRegionEndingABodysNameAfterOfIsAPlace(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.NotEmpty(facts.Organizations);
    }

    [Fact]
    public void AUniversityOfAPlaceGivesNoPlace()
    {
        var facts = Extract.From("Researchers at the University of Vermont tested the water.");
        Assert.DoesNotContain("Vermont", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheBodysBracketedAcronymStaysWithTheBody()
    {
        var facts = Extract.From("The Farmers Council of Indonesia (FCI) asked for lower fuel prices.");
        var place = Assert.Single(facts.Places, p => p.Name == "Indonesia");
        Assert.DoesNotContain("FCI", place.Aliases);
    }
}
