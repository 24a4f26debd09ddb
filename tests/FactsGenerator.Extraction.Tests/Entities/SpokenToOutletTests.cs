using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Who a speaker talks to, like who they tell, is mostly an outlet.</summary>
public class SpokenToOutletTests
{
    [Theory]
    [InlineData("Speaking to Nordvoss Kettle, the head of the league said the law was unfair.")]
    [InlineData("Talking to Nordvoss Kettle, the mayor said the ferry would run again.")]
    [InlineData("Talking with Nordvoss Kettle, the mayor said the ferry would run again.")]
    public void ANameSpokenToIsAnOutlet(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.Contains("Nordvoss Kettle", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APersonSpokenToStaysAPerson()
    {
        var facts = Extract.From("Wikinews spoke to Odile Varrant about the club, and speaking to Maria Lindqvist, the coach said the team was ready.");
        Assert.Contains("Maria Lindqvist", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Maria Lindqvist", Extract.OrganizationNames(facts));
        Assert.Contains("Odile Varrant", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Odile Varrant", Extract.OrganizationNames(facts));
    }
}
