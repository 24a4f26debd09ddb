namespace FactsGenerator.Extraction.Tests.Entities;

public class TitledPlaceTests
{
    [Theory]
    [InlineData("Floods struck homes in General Santos on Monday.", "General Santos")]
    [InlineData("The tremor was felt near Sultan Kudarat late at night.", "Sultan Kudarat")]
    public void AGazetteerPlaceNamedAfterATitleIsAPlaceAfterAPreposition(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void TheSameWordsWithNoPrepositionStayAPerson()
    {
        Assert.DoesNotContain("General Santos", Extract.PlaceNames(Extract.From("General Santos said the troops would stay.")));
        Assert.DoesNotContain("General Santos", Extract.PlaceNames(Extract.From("The troops, in General Santos's view, should stay.")));
    }
}
