namespace FactsGenerator.Extraction.Tests.Entities;

public class UniversityCampusTests
{
    [Fact]
    public void AStateUniversitysCampusCityIsPartOfItsName()
    {
        var facts = Extract.From("Jo Kim, a chemist at the University of Texas, Houston, led the study.");
        Assert.Contains("University of Texas, Houston", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Houston", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACountryAfterAUniversityIsStillAPlace()
    {
        var facts = Extract.From("She studied at the University of Texas, United States, for a year.");
        Assert.Contains("United States", Extract.PlaceNames(facts));
    }
}
