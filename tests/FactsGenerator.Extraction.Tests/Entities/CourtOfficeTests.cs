namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Court offices whose title opens with the court's level: "District Attorney", "Circuit Judge".</summary>
public class CourtOfficeTests
{
    [Fact]
    public void ADistrictAttorneyAfterACityNamesNoBodyCalledTheDistrict()
    {
        var facts = Extract.From("Elmford District Attorney Nora Pell filed the charges on Monday.");
        Assert.DoesNotContain("Elmford District", Extract.OrganizationNames(facts));
        Assert.Equal("district attorney", Extract.Person(facts, "Nora Pell").Role);
    }

    [Fact]
    public void AFederalDistrictJudgeAfterTheCountryNamesNoCourtFragment()
    {
        var facts = Extract.From("Velmorian District Judge Tom Hale dismissed the lawsuit. Circuit Judge Ana Ruiz agreed with him.");
        var names = Extract.OrganizationNames(facts);
        Assert.DoesNotContain("Velmorian District", names);
        Assert.DoesNotContain("Circuit", names);
        Assert.Equal("circuit judge", Extract.Person(facts, "Ana Ruiz").Role);
    }

    [Fact]
    public void ADistrictAttorneysOfficeAloneIsNoOrganisationCalledDistrict()
    {
        var facts = Extract.From("The stay holds until the court hears from District Attorney Nora Pell's office.");
        Assert.DoesNotContain("District", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACourtNamedBeforeForIsTheSameCourtAsItsFullName()
    {
        var facts = Extract.From("The Velmoria District Court ruled on Monday. Lawyers had asked the Velmoria District Court for the Northern District of Ostland to intervene.");
        var court = Assert.Single(facts.Organizations, o => o.Name.StartsWith("Velmoria District Court"));
        Assert.Equal("Velmoria District Court for the Northern District of Ostland", court.Name);
    }
}
