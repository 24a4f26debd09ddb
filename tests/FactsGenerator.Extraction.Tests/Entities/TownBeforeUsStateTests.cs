namespace FactsGenerator.Extraction.Tests.Entities;

public class TownBeforeUsStateTests
{
    [Theory]
    [InlineData("A man from Kelvarn, Florida, was arrested on Tuesday.", "Kelvarn")]
    [InlineData("The plant in Drossel, Virginia, will close next year.", "Drossel")]
    [InlineData("She grew up in Tarnby, Montana, before moving east.", "Tarnby")]
    public void AnUnknownTownBeforeAStateThatATownAbroadSharesIsAPlace(string sentence, string town)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(town, Extract.PlaceNames(facts));
    }
}
