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

    [Theory]
    [InlineData("General Santos said the troops would stay.")]
    [InlineData("The troops, in General Santos's view, should stay.")]
    public void TheSameWordsWithNoPrepositionOrBeforeAPossessiveStayAPerson(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain("General Santos", Extract.PlaceNames(facts));
        Assert.Equal("general", Extract.Person(facts, "Santos").Role);
    }
}
