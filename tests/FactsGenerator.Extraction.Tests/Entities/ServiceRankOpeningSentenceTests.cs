namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Police Inspector Ana Ruiz said": opening a sentence, "Police" before a title is the office's first word, as it
/// is inside a sentence; "Police said" still names no one.</summary>
public class ServiceRankOpeningSentenceTests
{
    [Theory]
    [InlineData("Police Inspector Tariq Hossain said the boat had capsized near the jetty.", "Tariq Hossain", "police inspector")]
    [InlineData("Police Sergeant Maya Crofton led the search along the canal.", "Maya Crofton", "police sergeant")]
    [InlineData("Police Commissioner Denholm Pryce promised more patrols in the market.", "Denholm Pryce", "police commissioner")]
    public void ThePoliceWordOpensTheOffice(string text, string name, string role) =>
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);

    [Fact]
    public void PoliceAloneOpeningASentenceNamesNoOne()
    {
        var facts = Extract.From("Police said the driver of the van, Corin Ashe, had fled on foot.");
        Assert.DoesNotContain(facts.People, p => p.Name.StartsWith("Police", System.StringComparison.Ordinal));
        Assert.DoesNotContain("Police", Extract.OrganizationNames(facts));
    }
}
