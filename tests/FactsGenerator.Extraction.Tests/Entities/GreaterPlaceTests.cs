namespace FactsGenerator.Extraction.Tests.Entities;

public class GreaterPlaceTests
{
    [Theory]
    [InlineData("In Greater Leeds the new rules began on Monday.")]
    [InlineData("The mayor said Greater Leeds had grown by a tenth.")]
    public void GreaterBeforeAKnownPlaceNamesTheCityWithItsSuburbs(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.Contains("Greater Leeds", Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
    }
}
