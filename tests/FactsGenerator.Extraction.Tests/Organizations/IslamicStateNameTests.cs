using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"the Islamic State ... Daesh, ISIS or ISIL": the group's other names are aliases of one organisation.</summary>
public class IslamicStateNameTests
{
    [Fact]
    public void TheGroupsOtherNamesAreAliasesOfItsSpelledName()
    {
        var facts = Extract.From("The attack on the checkpoint was claimed by the Islamic State. The group is also called Daesh, ISIS or ISIL by its foes.");
        var group = Assert.Single(facts.Organizations, o => o.Name == "Islamic State");
        Assert.Contains("ISIS", group.Aliases);
        Assert.Contains("ISIL", group.Aliases);
        Assert.Contains("Daesh", group.Aliases);
    }

    [Fact]
    public void WithoutItsSpelledNameTheFirstShortNameIsTheGroup()
    {
        var facts = Extract.From("ISIS fighters attacked the town on Monday. Troops said ISIL had withdrawn by night.");
        var group = Assert.Single(facts.Organizations, o => o.Name == "ISIS");
        Assert.Contains("ISIL", group.Aliases);
    }

    [Fact]
    public void AnotherGroupsNameIsNoAlias()
    {
        var facts = Extract.From("The Islamic State claimed the raid on Monday. Boko Haram denied any part in it.");
        var group = Assert.Single(facts.Organizations, o => o.Name == "Islamic State");
        Assert.DoesNotContain("Boko Haram", group.Aliases);
        Assert.Contains("Boko Haram", Extract.OrganizationNames(facts));
    }
}
