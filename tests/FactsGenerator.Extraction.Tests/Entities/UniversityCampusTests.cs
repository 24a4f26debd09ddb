using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A university system's initials before a campus town name the campus, a body.</summary>
public class UniversityCampusTests
{
    [Fact]
    public void InitialsWithAUBeforeATownNameTheCampus()
    {
        var facts = Extract.From("Researchers from UV Tacoma tracked the beetles for two summers.");
        Assert.Contains("UV Tacoma", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Tacoma", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheCampusNameIsAnAliasOfTheUniversitysFullName()
    {
        var facts = Extract.From("She works at the University of Oregon at Harlow. A UO Harlow spokesperson said the lab would reopen.");
        var university = Assert.Single(facts.Organizations, body => body.Name == "University of Oregon at Harlow");
        Assert.Contains("UO Harlow", university.Aliases);
    }

    [Fact]
    public void InitialsWithoutAUBeforeATownAreNoCampus()
    {
        var facts = Extract.From("The FBI Denver office opened an inquiry on Monday.");
        Assert.DoesNotContain("FBI Denver", Extract.OrganizationNames(facts));
        Assert.Contains("Denver", Extract.PlaceNames(facts));
    }
}
