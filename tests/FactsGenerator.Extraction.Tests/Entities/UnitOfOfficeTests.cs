namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A unit word between a body's name and the title of its head ("Bureau Chief", "Research Fellow") is part of
/// the office, not the end of the body's name.</summary>
public class UnitOfOfficeTests
{
    [Theory]
    [InlineData("The panel was chaired by Velm Gazette Bureau Chief Ana Ruiz on Tuesday.", "Velm Gazette", "Ana Ruiz", "bureau chief")]
    [InlineData("Harlow Institute Research Fellow Tom Baker said the samples were clean.", "Harlow Institute", "Tom Baker", "research fellow")]
    [InlineData("Orra Policy Forum Visiting Fellow Carla Mendes disagreed with the plan.", "Orra Policy Forum", "Carla Mendes", "visiting fellow")]
    [InlineData("Crews held the line overnight, Delm Fire Battalion Chief Rosa Pinto told the briefing.", "Delm Fire", "Rosa Pinto", "battalion chief")]
    public void TheUnitBeforeTheTitleBelongsToTheOffice(string text, string body, string name, string role)
    {
        var facts = Extract.From(text);
        Assert.Contains(body, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(Extract.OrganizationNames(facts), o => o.StartsWith(body + " ", System.StringComparison.Ordinal));
        Assert.Equal(role, Extract.Person(facts, name).Role);
    }

    [Fact]
    public void TheCityOfABureauBelongsToTheOfficeToo()
    {
        var facts = Extract.From("The debate was moderated by Velm Gazette Lisbon Bureau Chief Ana Ruiz.");
        var organizations = Extract.OrganizationNames(facts);
        Assert.Contains("Velm Gazette", organizations);
        Assert.DoesNotContain("Velm Gazette Lisbon", organizations);
        Assert.DoesNotContain("Lisbon Bureau", organizations);
    }
}
