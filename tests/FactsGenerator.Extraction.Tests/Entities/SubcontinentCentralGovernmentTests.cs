namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"the Centre" and "the Union government" of Indian and Pakistani papers name the national government.</summary>
public class SubcontinentCentralGovernmentTests
{
    [Fact]
    public void TheCentreInAnIndianStoryIsTheNationalGovernment()
    {
        var facts = Extract.From("Farmers in Karnataka blamed the Union government's policies, and a leader said the Centre's withdrawal of the subsidy was to blame. They urged the Centre to act.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Centre", names);
        Assert.Contains("Union government", names);
    }

    [Fact]
    public void CountingInCroresIsCueEnough()
    {
        var facts = Extract.From("The state spent Rs 40 crore on seed last year, the minister said, and asked the Centre for more.");
        Assert.Contains("Centre", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheCentreElsewhereIsNoGovernment()
    {
        var facts = Extract.From("Visitors to Lisbon crowded the Centre on Monday, and the Union government of students met there.");
        var names = Extract.OrganizationNames(facts);
        Assert.DoesNotContain("Centre", names);
        Assert.DoesNotContain("Union government", names);
    }

    [Fact]
    public void ANamedCentreKeepsTheShortNameToItself()
    {
        var facts = Extract.From("The Orvane Research Centre opened in Delhi on Monday. The Centre said it would hire 40 people.");
        Assert.DoesNotContain("Centre", Extract.OrganizationNames(facts));
    }
}
