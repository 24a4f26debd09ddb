namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Cabinet Secretary" is one office; "Farm"/"Ranch" end a place's name and "Equities" a firm's.</summary>
public class CabinetSecretaryAndHeadWordTests
{
    [Theory]
    [InlineData("Health Cabinet Secretary Ruth Wambura said nine clinics had reopened.", "Ruth Wambura", "health cabinet secretary")]
    [InlineData("Trade Cabinet Secretary Peter Kamau delayed the new tariffs.", "Peter Kamau", "trade cabinet secretary")]
    [InlineData("Cabinet Secretary Simon Case said the rules were clear.", "Simon Case", "cabinet secretary")]
    public void CabinetIsPartOfTheOffice(string sentence, string person, string role)
    {
        var facts = Extract.From(sentence);
        Assert.Equal(role, Extract.Person(facts, person).Role);
        Assert.DoesNotContain("Cabinet", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheCabinetAloneIsStillABody()
    {
        Assert.Contains("Cabinet", Extract.OrganizationNames(Extract.From("The Cabinet met on Friday to discuss the floods.")));
    }

    [Theory]
    [InlineData("Some 4,000 visitors camped at Hollin Farm near Taunton, Somerset.", "Hollin Farm")]
    [InlineData("Police raided Green Acres Ranch near Austin on Tuesday.", "Green Acres Ranch")]
    public void AFarmOrARanchIsAPlace(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(place, Extract.PeopleNames(facts));
    }

    [Fact]
    public void AnEquitiesFirmIsNoPerson()
    {
        var facts = Extract.From("Traders at Marrow Capital Equities expected the index to slip.");
        Assert.Contains("Marrow Capital Equities", Extract.OrganizationNames(facts));
        Assert.Empty(Extract.PeopleNames(facts));
    }
}
