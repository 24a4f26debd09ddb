using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"the deputy director of the fire service Mamun Orlu", "a spokesman for the Velm Commission for Refugees Ana
/// Ruiz": an office, "of"/"for" and a body run straight into the holder's name with no comma; the name is the
/// holder's, and the body keeps every word of its own name.</summary>
public class HolderAfterOfficeOfBodyTests
{
    [Fact]
    public void AnUnlistedNameAfterALowerCaseBodyIsThePerson()
    {
        var facts = Extract.From("Speaking at the site, the deputy director of the fire service Tarik Mahmud described the rescue.");
        Assert.Contains("Tarik Mahmud", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Tarik Mahmud", Extract.OrganizationNames(facts));
        Assert.StartsWith("deputy director", Extract.Person(facts, "Tarik Mahmud").Role);
    }

    [Fact]
    public void AnUnlistedNameAfterALowerCaseBodyInCommasIsThePerson()
    {
        var facts = Extract.From("The head of the health service, Tarik Mahmud, said the wards were full.");
        Assert.Contains("Tarik Mahmud", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Tarik Mahmud", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ABodyNameAfterAKindOfBodyStaysTheBody()
    {
        var facts = Extract.From("The leader of the armed group Velmoz Harakat said the convoy had been attacked.");
        Assert.Empty(Extract.PeopleNames(facts));
    }

    [Fact]
    public void ABodysNameGoingOnPastItsHeadEndsWhereTheGivenNameBegins()
    {
        var facts = Extract.From("A spokesman for the Velmorian Commission for Refugees Federica Rossetti said the boat had capsized.");
        var person = Extract.Person(facts, "Federica Rossetti");
        Assert.Equal("spokesman", person.Role);
        Assert.Equal("Velmorian Commission for Refugees", person.Affiliation);
        Assert.Contains("Velmorian Commission for Refugees", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ATailWithNoPersonAfterItIsLeftWhole()
    {
        var facts = Extract.From("A spokesman for the Velmorian Commission for Human Rights said the boat had capsized.");
        Assert.Empty(Extract.PeopleNames(facts));
        Assert.Contains("Velmorian Commission for Human Rights", Extract.OrganizationNames(facts));
    }
}
