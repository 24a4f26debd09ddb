namespace FactsGenerator.Extraction.Tests.Entities;

public class KnownBodyBeforeAndTests
{
    [Fact]
    public void AWellKnownOneWordBodyBeforeAndIsListedApart()
    {
        var facts = Extract.From("Volunteers from Greenpeace and Tarsk River Watch International cleared the beach on Saturday.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Greenpeace", names);
        Assert.Contains("Tarsk River Watch International", names);
        Assert.DoesNotContain(names, n => n.Contains(" and "));
    }

    [Fact]
    public void TwoAreasBeforeOneForceStayOneName()
    {
        var facts = Extract.From("Officers from Avon and Somerset Police searched the field after dark.");
        Assert.Contains("Avon and Somerset Police", Extract.OrganizationNames(facts));
    }
}
