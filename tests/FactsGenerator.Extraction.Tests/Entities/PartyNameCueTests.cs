namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Parties named without a head word: after "the ruling", or spelled out before their acronym.</summary>
public class PartyNameCueTests
{
    [Theory]
    [InlineData("The ruling Orra Janata Morcha kept its majority in the council.", "Orra Janata Morcha")]
    [InlineData("The ruling Chama Cha Mapinduzi said it was pleased with the turnout.", "Chama Cha Mapinduzi")]
    [InlineData("Voters turned against the ruling Orra Nava Sena in the north.", "Orra Nava Sena")]
    public void WhatRulesAfterTheIsABody(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PeopleNames(facts));
    }

    [Fact]
    public void AJudgeAfterTheNounRulingStaysAPerson()
    {
        var facts = Extract.From("In the ruling Judge Ana Ruiz said the law was void.");
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.Contains("Ana Ruiz"));
    }

    [Theory]
    [InlineData("The Orra Janata Morcha (OJM) won most seats in the council vote.", "Orra Janata Morcha")]
    [InlineData("The Jamiat Ulema Islam (JUI) staged a protest in Quetta.", "Jamiat Ulema Islam")]
    [InlineData("The Movimiento Ciudadano Nacional (MCN) won two seats.", "Movimiento Ciudadano Nacional")]
    public void ANameSpelledByItsBracketedAcronymIsABody(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void APlaceSpelledByItsAcronymStaysAPlace()
    {
        var facts = Extract.From("The Harbour Business District (HBD) was flooded on Monday.");
        Assert.DoesNotContain("Harbour Business District", Extract.OrganizationNames(facts));
    }
}
