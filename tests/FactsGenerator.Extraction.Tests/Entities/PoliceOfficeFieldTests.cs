namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A bare "Police" after "of" in an office ("Inspector-General of Police") is the office's field, not a force; the
/// office's acronym in brackets may stand between it and the apposition's comma.
/// </summary>
public class PoliceOfficeFieldTests
{
    [Theory]
    [InlineData("The Acting Inspector-General of Police (IGP), Bola Adeyemi, announced the arrest on Friday.", "Bola Adeyemi", "acting inspector-general of police")]
    [InlineData("Commissioner of Police Musa Bello said two men were held in Kano.", "Musa Bello", "commissioner of police")]
    [InlineData("The Commissioner of Police, Rita Obi, said the road was reopened.", "Rita Obi", "commissioner of police")]
    public void BarePoliceAfterOfStaysInTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void ANamedBodyAfterOfStaysTheAffiliation()
    {
        var person = Extract.Person(Extract.From("The chairman of the Independent Electoral Commission (IEC), Musa Bello, spoke in Abuja."), "Musa Bello");
        Assert.Equal("chairman", person.Role);
        Assert.Equal("Independent Electoral Commission", person.Affiliation);
    }
}
