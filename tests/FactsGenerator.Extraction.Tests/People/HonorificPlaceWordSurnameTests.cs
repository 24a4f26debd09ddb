using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

// An honorific before a common family name that also ends places' names ("Mr Park", "Mrs Hall", "Dr Park") names a
// person by that family name, never a place: Korean news writes "Mr Park" often.
public class HonorificPlaceWordSurnameTests
{
    [Theory]
    [InlineData("Mr Park said the talks with the union would resume on Monday.", "Park")]
    [InlineData("The talks resumed on Monday, Mrs Hall told reporters in Velmora.", "Hall")]
    [InlineData("Dr Park said the clinic in Velmora would open in May.", "Park")]
    [InlineData("Mr Lake said the ferry would run again once the storm passed.", "Lake")]
    public void TheHonorificAndTheFamilyNameAreAPersonNoPlace(string sentence, string surname)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(surname, Extract.PeopleNames(facts));
        Assert.DoesNotContain(Extract.PlaceNames(facts), name => name.EndsWith(surname, System.StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceNamedWithTheWordStaysAPlace()
    {
        var facts = Extract.From("Crowds gathered in Velmora Park on Sunday to hear the band.");
        Assert.Contains("Velmora Park", Extract.PlaceNames(facts));
    }
}
