namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A party's members in a chamber ("House Democrats") are no body of their own.</summary>
public class ChamberPartyMembersTests
{
    [Fact]
    public void MembersInTheHouseAreNoBody()
    {
        var facts = Extract.From("Several House Democrats voted against the water bill in March.");
        Assert.DoesNotContain("House Democrats", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheChamberIsStillNamed()
    {
        var facts = Extract.From("Senate Republicans said on Monday they would block the 12 nominations.");
        Assert.Contains("Senate", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Senate Republicans", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APartyOfTheSameShapeKeepsItsName()
    {
        var facts = Extract.From("The Liberal Democrats won 11 seats in the election.");
        Assert.Contains("Liberal Democrats", Extract.OrganizationNames(facts));
    }
}
