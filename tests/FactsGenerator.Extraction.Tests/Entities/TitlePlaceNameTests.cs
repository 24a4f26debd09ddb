namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A known place between a title and a full name is the office's place, not part of the name.</summary>
public class TitlePlaceNameTests
{
    [Theory]
    [InlineData("District Officer Lahore Ali Raza said the market would reopen.", "Ali Raza", "Lahore")]
    [InlineData("Deputy Commissioner Peshawar Imran Khan Yousafzai said the road was closed.", "Imran Khan Yousafzai", "Peshawar")]
    [InlineData("Police Commissioner Nairobi John Mwangi said patrols would increase.", "John Mwangi", "Nairobi")]
    public void ThePlaceIsSplitOffTheName(string sentence, string person, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(person, Extract.PeopleNames(facts));
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(Extract.PeopleNames(facts), n => n.StartsWith(place, System.StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceThatIsAGivenNameStaysInTheName()
    {
        var names = Extract.PeopleNames(Extract.From("President Donald Trump met Prime Minister Boris Johnson in London."));
        Assert.Contains("Donald Trump", names);
        Assert.Contains("Boris Johnson", names);
    }
}
