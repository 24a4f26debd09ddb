namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A named hospital, medical centre or clinic is an organisation wherever it stands, also after "at", "to" or
/// "in"; airports, stadiums, hotels and roads named after a hospital stay places.</summary>
public class MedicalBodyTests
{
    [Theory]
    [InlineData("The boy was flown to Kestrel Children's Hospital in Velmar on Sunday.", "Kestrel Children's Hospital")]
    [InlineData("Nurses at the Orrin Valley Medical Centre worked through the night.", "Orrin Valley Medical Centre")]
    [InlineData("He died at the Tarsk Regional Medical Center in Velmar on Friday.", "Tarsk Regional Medical Center")]
    [InlineData("Two women were treated in Harlow Clinic after the blast.", "Harlow Clinic")]
    [InlineData("Crowds gathered outside Dunmere General Hospital on Monday.", "Dunmere General Hospital")]
    [InlineData("The injured were taken to the Hospital for Sick Children.", "Hospital for Sick Children")]
    public void ANamedHospitalIsABodyWhereverItStands(string sentence, string body)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(body, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(body, Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Flights resumed at Orrin International Airport on Monday.", "Orrin International Airport")]
    [InlineData("Fans gathered at Harlow Stadium before the match.", "Harlow Stadium")]
    [InlineData("Residents of Hospital Road were moved out overnight.", "Hospital Road")]
    [InlineData("Delegates met at the Arnmouth Convention Center in Velmar.", "Arnmouth Convention Center")]
    public void OtherBuildingsStayPlaces(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(place, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ANumberedHospitalKeepsItsNumber()
    {
        var facts = Extract.From("Children queued at Paediatric Hospital No. 3 and at the city's clinics.");
        Assert.Contains("Paediatric Hospital No. 3", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Paediatric Hospital No", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ALawsNumberNamesNoBody()
    {
        var facts = Extract.From("The senate passed Velmar Act No. 12 last year.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.EndsWith("No. 12", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameNameBeforeALowerCaseHospitalIsThatBody()
    {
        var facts = Extract.From("The Orra District hospital reopened on Monday. Orra District Hospital said it had space.");
        var hospital = Assert.Single(facts.Organizations, o => o.Name == "Orra District Hospital");
        Assert.Contains("Orra District", hospital.Aliases);
        Assert.Empty(facts.Places);
    }

    [Fact]
    public void ALowerCaseHospitalAloneStaysASite()
    {
        var facts = Extract.From("The girl was referred to the Dunwarra hospital by the project.");
        Assert.Contains("Dunwarra hospital", Extract.PlaceNames(facts));
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void AStaffMembersHospitalIsHerAffiliationAndABody()
    {
        var facts = Extract.From("Ana Ruiz, a nurse at Velm General Hospital, said the ward was full.");
        Assert.Equal("Velm General Hospital", Extract.Person(facts, "Ana Ruiz").Affiliation);
        Assert.Contains("Velm General Hospital", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Velm General Hospital", Extract.PlaceNames(facts));
    }
}
