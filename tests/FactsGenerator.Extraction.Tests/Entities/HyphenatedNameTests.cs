namespace FactsGenerator.Extraction.Tests.Entities;

public class HyphenatedNameTests
{
    [Fact]
    public void APlaceGluedToAWordThatIsNoPlaceIsHalfOfOneName()
    {
        var facts = Extract.From("Speaking to Agence Norway-Presse, the minister denied the claim.");
        Assert.DoesNotContain("Norway", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("The Oslo\u2013Bergen Express left on time.", "Bergen")]
    public void TwoPlacesJoinedByADashStayPlaces(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}
