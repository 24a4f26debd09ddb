using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A name that ends in an office before a lower-case role ("Boston Mayor candidate") is the role's first half.</summary>
public class OfficeBeforeRoleTests
{
    [Theory]
    [InlineData("Boston Mayor candidate Tom Vale toured the harbour on Friday.", "Tom Vale")]
    [InlineData("Texas Governor candidate Ana Ruiz spoke at the fair.", "Ana Ruiz")]
    public void ANameEndingInAnOfficeIsNoBody(string text, string person)
    {
        var facts = Extract.From(text);
        Assert.Empty(facts.Organizations);
        Assert.Contains(person, Extract.PeopleNames(facts));
    }

    [Fact]
    public void ABodyBeforeARoleStaysABody()
    {
        var facts = Extract.From("Kestrel Freight spokesperson Jo Kim declined to comment.");
        Assert.Contains("Kestrel Freight", Extract.OrganizationNames(facts));
    }
}
