namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An adjective of a party alone ("a Republican senator") is no organisation.</summary>
public class PartyAdjectiveAloneTests
{
    [Fact]
    public void TheAdjectiveBeforeAnOfficeIsNoBody()
    {
        var facts = Extract.From("The hearing was led by Jo Kimball, a Republican senator who sits on the budget panel with 11 others.");
        Assert.DoesNotContain("Republican", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ThePartysFullNameIsStillABody()
    {
        var facts = Extract.From("The Democratic Party chose Ana Ruiz. Democratic delegates cheered as the Democratic nominee spoke.");
        Assert.Contains("Democratic Party", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Democratic", Extract.OrganizationNames(facts));
    }
}
