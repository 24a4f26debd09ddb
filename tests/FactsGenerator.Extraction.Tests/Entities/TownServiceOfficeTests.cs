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

    [Theory]
    [InlineData("Johor police chief Ahmad Faizal Rahim said the man was held at the border.", "Ahmad Faizal Rahim", "Johor")]
    [InlineData("Kerala police chief Anil Menon told reporters the road was shut.", "Anil Menon", "Kerala")]
    [InlineData("Speaking on Monday, Ontario police chief Dana Rourke said two men fled.", "Dana Rourke", "Ontario")]
    public void LowerCasePoliceStraightBeforeTheOfficeStaysInTheRole(string text, string name, string place)
    {
        var person = Extract.Person(Extract.From(text), name);
        Assert.Equal("police chief", person.Role);
        Assert.Equal(place, person.Affiliation);
    }

    [Fact]
    public void PoliceBeforeALongerOfficeEndsTheForcesName()
    {
        var facts = Extract.From("Harbour police press officer Ewa Zielna said the boat sank.");
        Assert.Equal("press officer", Extract.Person(facts, "Ewa Zielna").Role);
    }
}
