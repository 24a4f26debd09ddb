namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// The acronym of a body the document named, written before a known town ("in VEB Lahore"), is the body's office
/// there: the town is a place and no body is named "VEB Lahore".
/// </summary>
public class BodyAcronymBeforeTownTests
{
    [Theory]
    [InlineData("The Velmar Examination Board (VEB) published its results. In VEB Lahore, 80 per cent passed.", "Lahore", "VEB Lahore")]
    [InlineData("The Orrin Tax Authority (OTA) opened offices. Staff at OTA Mombasa were moved.", "Mombasa", "OTA Mombasa")]
    [InlineData("The National Grid Company (NGC) cut power. Engineers from NGC Leeds were sent.", "Leeds", "NGC Leeds")]
    public void TheTownAfterTheBodysAcronymIsAPlace(string text, string town, string run)
    {
        var facts = Extract.From(text);
        Assert.Contains(town, Extract.PlaceNames(facts));
        Assert.DoesNotContain(run, Extract.PlaceNames(facts));
        Assert.DoesNotContain(run, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnAcronymBeforeACountryStaysOneBody()
    {
        var facts = Extract.From("The Kelm Football Trust (KFT) grew fast. KFT Ireland opened an office.");
        Assert.DoesNotContain("Ireland", Extract.PlaceNames(facts));
    }
}
