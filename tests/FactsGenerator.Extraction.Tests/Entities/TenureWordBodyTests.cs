namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A word of tenure opening a sentence before a lower-case body noun names no body.</summary>
public class TenureWordBodyTests
{
    [Theory]
    [InlineData("Current party leader Diane Howell said the vote was close.", "Diane Howell")]
    [InlineData("Current council leader Amir Patel, of the Green Party, told members the fees would be returned.", "Amir Patel")]
    [InlineData("Outgoing council leader Grace Mbeki thanked voters on Friday.", "Grace Mbeki")]
    public void TheTenureWordIsNoOrganisation(string sentence, string person)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(person, Extract.PeopleNames(facts));
        var tenureWord = sentence.Substring(0, sentence.IndexOf(' '));
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.StartsWith(tenureWord, System.StringComparison.Ordinal));
    }

    [Fact]
    public void ABodysOwnNameBeforeTheNounStays()
    {
        var facts = Extract.From("Velmor council leader Diane Howell said the budget was balanced.");
        Assert.Contains(Extract.OrganizationNames(facts), n => n.StartsWith("Velmor", System.StringComparison.Ordinal));
    }
}
