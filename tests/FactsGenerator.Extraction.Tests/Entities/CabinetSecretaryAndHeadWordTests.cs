namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Cabinet Secretary" is one office; "Farm"/"Ranch" end a place's name and "Equities" a firm's.</summary>
public class CabinetSecretaryAndHeadWordTests
{
    [Theory]
    [InlineData("Interior Cabinet Secretary Kithure Kindiki said 14 deaths were recorded.", "Kithure Kindiki", "interior cabinet secretary")]
    [InlineData("Education Cabinet Secretary Ezekiel Machogu postponed the reopening of schools.", "Ezekiel Machogu", "education cabinet secretary")]
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
    [InlineData("More than 210,000 people attended the event at Worthy Farm in Pilton, Somerset.", "Worthy Farm")]
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
        var facts = Extract.From("Analysts at Kotak Institutional Equities said the numbers were strong.");
        Assert.Contains("Kotak Institutional Equities", Extract.OrganizationNames(facts));
        Assert.Empty(Extract.PeopleNames(facts));
    }
}
