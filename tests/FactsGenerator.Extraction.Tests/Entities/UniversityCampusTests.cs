using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A university system's initials before a campus town name the campus, a body.</summary>
public class UniversityCampusTests
{
    [Fact]
    public void InitialsWithAUBeforeATownNameTheCampus()
    {
        var facts = Extract.From("Researchers from UC Davis tracked the flies for two summers.");
        Assert.Contains("UC Davis", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Davis", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheCampusNameIsAnAliasOfTheUniversitysFullName()
    {
        var facts = Extract.From("She works at the University of Colorado at Boulder. A CU Boulder spokesperson said the lab would reopen.");
        var university = Assert.Single(facts.Organizations, body => body.Name == "University of Colorado at Boulder");
        Assert.Contains("CU Boulder", university.Aliases);
    }

    [Fact]
    public void InitialsWithoutAUBeforeATownAreNoCampus()
    {
        var facts = Extract.From("The FBI Denver office opened an inquiry on Monday.");
        Assert.DoesNotContain("FBI Denver", Extract.OrganizationNames(facts));
    }
}
