namespace FactsGenerator.Extraction.Tests.Entities;

public class CompassTownTests
{
    [Theory]
    [InlineData("Two teenagers from East Alsager were hurt when the van overturned, police said.")]
    [InlineData("The ferry to West Alsager was cancelled after the gale.")]
    public void CompassWordBeforeASmallTownNamesAPlaceNotAPerson(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(Extract.PlaceNames(facts), name => name.EndsWith(" Alsager", System.StringComparison.Ordinal));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void TheBareTownLaterIsAPlaceOfItsOwn()
    {
        var facts = Extract.From("The lorry left the road west of Alsager on Friday. Its driver lives in East Alsager, the council said.");
        Assert.Contains("Alsager", Extract.PlaceNames(facts));
        Assert.Contains("East Alsager", Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
    }
}
