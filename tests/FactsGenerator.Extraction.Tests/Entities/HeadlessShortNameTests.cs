using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A short name with no word of kind is an alias of the one longer body name that ends in it.</summary>
public class HeadlessShortNameTests
{
    [Fact]
    public void TheLastWordsOfAClubsNameAreItsAlias()
    {
        var facts = Extract.From("He signed with the Arnmouth Harriers in May. The deal was welcomed by Harriers employees.");
        var club = Assert.Single(facts.Organizations, body => body.Name.EndsWith("Arnmouth Harriers", System.StringComparison.Ordinal));
        Assert.Contains("Harriers", club.Aliases);
        Assert.DoesNotContain("Harriers", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ThePlaceAfterOfInACollegesNameIsItsAlias()
    {
        var facts = Extract.From("She has taught at the College of Mortlake since 2009. A Mortlake spokesperson said classes would resume.");
        var college = Assert.Single(facts.Organizations, body => body.Name == "College of Mortlake");
        Assert.Contains("Mortlake", college.Aliases);
    }

    [Fact]
    public void TwoLongerNamesEndingInTheShortNameLeaveItAlone()
    {
        var facts = Extract.From("The newspapers Norvale Gazette and Southmere Gazette both carried the story. It was denied by Gazette employees.");
        Assert.Contains("Gazette", Extract.OrganizationNames(facts));
    }
}
