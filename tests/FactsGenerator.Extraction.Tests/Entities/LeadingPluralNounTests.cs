namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A plural common noun opening the sentence before "of" is no part of the name after "of".</summary>
public class LeadingPluralNounTests
{
    [Fact]
    public void TheCompanyAfterOfIsNamedAlone()
    {
        var facts = Extract.From("Shares of Dunmore & Pike slid in early trading in Frankfurt as 2 directors quit.");
        Assert.Contains("Dunmore & Pike", Extract.OrganizationNames(facts));
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.StartsWith("Shares", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ATitledPhraseBeforeAPersonIsLeftAlone()
    {
        var facts = Extract.From("Guests of Honour Marisol and Tomas Brandt cut the ribbon at the new library.");
        Assert.DoesNotContain(Extract.PeopleNames(facts), n => n.StartsWith("Honour", System.StringComparison.Ordinal));
    }
}
