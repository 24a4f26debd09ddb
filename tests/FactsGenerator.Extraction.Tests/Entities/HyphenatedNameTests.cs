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

    [Theory]
    [InlineData("Park Min-seo, the city's mayor, opened the new library on Monday.", "Park Min-seo")]
    [InlineData("The award went to director Hall Ji-woo for her second film.", "Hall Ji-woo")]
    [InlineData("Jeon Do-hyun said the talks would resume next week.", "Jeon Do-hyun")]
    public void AShortFamilyNameBeforeAHyphenatedGivenNameIsAPerson(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void AHyphenatedEnglishWordAfterAPlaceWordIsNoName()
    {
        var facts = Extract.From("The Park Self-help group met on Friday.");
        Assert.Empty(facts.People);
    }
}
