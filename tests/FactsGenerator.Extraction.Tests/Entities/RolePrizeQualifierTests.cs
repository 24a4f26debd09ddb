namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Nobel laureate Ana Ruiz": the prize qualifies the laureate; it is no body the person belongs to.</summary>
public class RolePrizeQualifierTests
{
    [Fact]
    public void ThePrizeStaysInTheRole()
    {
        var facts = Extract.From("The march was joined by Nobel laureate Oriel Vantongeren on Saturday.");
        var person = Extract.Person(facts, "Oriel Vantongeren");
        Assert.Equal("nobel laureate", person.Role);
        Assert.Null(person.Affiliation);
        Assert.DoesNotContain("Nobel", Extract.OrganizationNames(facts));
    }
}
