using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class PlaceKindBeforeCountryTests
{
    [Theory]
    [InlineData("Climbers were caught by an avalanche on Mount Kenya on Sunday.", "Mount Kenya")]
    [InlineData("Fishermen went missing on Lake Chad last week.", "Lake Chad")]
    [InlineData("Troops moved into the villages of Mount Lebanon on Monday.", "Mount Lebanon")]
    public void AKindOfPlaceBeforeACountryOrRegionNamesAPlaceThere(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(place, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ASportBeforeACountryStillNamesItsGoverningBody()
    {
        var facts = Extract.From("Cricket Kenya said the tour would go ahead in March.");
        Assert.Contains("Cricket Kenya", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Cricket Kenya", Extract.PlaceNames(facts));
    }
}
