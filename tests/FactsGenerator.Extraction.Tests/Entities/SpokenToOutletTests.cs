using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Who a speaker talks to, like who they tell, is mostly an outlet.</summary>
public class SpokenToOutletTests
{
    [Fact]
    public void ANameSpokenToIsAnOutlet()
    {
        var facts = Extract.From("Speaking to Nordvoss Kettle, the head of the league said the law was unfair.");
        Assert.Contains("Nordvoss Kettle", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APersonSpokenToStaysAPerson()
    {
        var facts = Extract.From("Wikinews spoke to Odile Varrant about the club, and speaking to Maria Lindqvist, the coach said the team was ready.");
        Assert.Contains("Maria Lindqvist", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Maria Lindqvist", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Odile Varrant", Extract.OrganizationNames(facts));
    }
}
