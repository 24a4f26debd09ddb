using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"X, the ... agency," names a body when the kind of body closes the apposition.</summary>
public class DefiniteAppositionTests
{
    [Fact]
    public void AnAppositionWithTheEndingInAKindOfBodyMakesAnOrganisation()
    {
        var facts = Extract.From("The probe was built by Quorvex, the Norwegian space agency, over six years.");
        Assert.Contains("Quorvex", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The report was written by Tallowmere, the charity that runs the shelters in the valley.", "Tallowmere")]
    [InlineData("On Friday Quorvex, the national space agency based in the capital, confirmed the launch date.", "Quorvex")]
    [InlineData("On Friday Quorvex, the national space agency responsible for the probe, confirmed the launch date.", "Quorvex")]
    public void AKindOfBodyFollowedByARelativeWordAlsoClosesTheApposition(string sentence, string body)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(body, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ARoleAfterTheKindDescribesAPerson()
    {
        var facts = Extract.From("On Friday Quorvex, the national space agency chief, confirmed the launch date.");
        Assert.DoesNotContain("Quorvex", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AKindOfBodyOpeningAClauseIsNoApposition()
    {
        var facts = Extract.From("After the talks in Brennholt, the agency said the border would stay open.");
        Assert.DoesNotContain("Brennholt", Extract.OrganizationNames(facts));
        Assert.Contains("Brennholt", Extract.PlaceNames(facts));
    }

    [Fact]
    public void APossessiveAfterTheKindDescribesAPerson()
    {
        var facts = Extract.From("The plan was drafted by Marta Quillon, the party's treasurer, over the summer.");
        Assert.DoesNotContain("Marta Quillon", Extract.OrganizationNames(facts));
        Assert.Contains("Marta Quillon", Extract.PeopleNames(facts));
    }

    [Fact]
    public void TheKindMayEndInThePlaceItServes()
    {
        var facts = Extract.From("Storms were forecast by Harlune, the national weather service for Norway, on Monday.");
        Assert.Contains("Harlune", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APlaceAfterTheKindThatGoesOnNamesNoBody()
    {
        var facts = Extract.From("Tomas Berg, the head of the fire service in Arden County since 2010, retired.");
        Assert.DoesNotContain("Tomas Berg", Extract.OrganizationNames(facts));
    }
}
