using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class LaunchSiteAndMallKindTests
{
    [Fact]
    public void ALaunchSiteNamedAfterAKnownTownIsTheSite()
    {
        var facts = Extract.From("The rocket lifted off from the Baikonur cosmodrome in Kazakhstan at dawn.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("Baikonur cosmodrome", places);
        Assert.DoesNotContain("Baikonur", places);
    }

    [Fact]
    public void ASpaceCentreBeforeItsLowerCaseKindIsTheSite()
    {
        var facts = Extract.From("The capsule was launched from the Tarvik space center on Tuesday night.");
        Assert.Contains("Tarvik space center", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnUnknownMallNameKeepsItsKind()
    {
        var facts = Extract.From("Shoppers fled the Velmarra shopping mall when the alarm sounded.");
        Assert.Contains("Velmarra shopping mall", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheKindBeforeAnotherNounNamesNoSite()
    {
        var facts = Extract.From("Officials in Tarskovo said the Tarvik space center budget would be cut.");
        Assert.DoesNotContain("Tarvik space center", Extract.PlaceNames(facts));
    }
}
