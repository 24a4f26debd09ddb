namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A town's name, "Police" and a rank before an officer's name: the town's police force is a body.</summary>
public class TownPoliceTests
{
    [Fact]
    public void TheTownsPoliceIsABody()
    {
        var facts = Extract.From("Tarskville Police Officer Wim Darbo faces murder charges for the shooting.");
        Assert.Contains("Tarskville Police", Extract.OrganizationNames(facts));
        Assert.Contains(facts.People, p => p.Name == "Wim Darbo");
    }

    [Fact]
    public void ANationalityBeforePoliceNamesNoForce()
    {
        var facts = Extract.From("French Police Chief Ana Ruizo said the border was closed.");
        Assert.DoesNotContain("French Police", Extract.OrganizationNames(facts));
    }
}
