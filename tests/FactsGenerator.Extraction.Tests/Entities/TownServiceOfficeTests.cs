namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Quarrington Falls Police Chief Ana Ruiz": the words before a police or fire office name the town it serves.</summary>
public class TownServiceOfficeTests
{
    [Theory]
    [InlineData("Two men were held overnight, Quarrington Falls Police Chief Dena Morrow said.", "Quarrington Falls", "Dena Morrow")]
    [InlineData("East Varlow Fire Chief Tomas Ellery said the blaze began in a shed.", "East Varlow", "Tomas Ellery")]
    public void TheTownBeforeAServiceOfficeIsAPlace(string text, string town, string name)
    {
        var facts = Extract.From(text);
        Assert.Contains(town, Extract.PlaceNames(facts));
        Assert.DoesNotContain(town, Extract.OrganizationNames(facts));
        Assert.Equal(town, Extract.Person(facts, name).Affiliation);
    }
}
