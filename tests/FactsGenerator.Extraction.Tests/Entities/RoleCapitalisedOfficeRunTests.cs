namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// Capitalised offices of several words: a title the name lists also know as a given name ("Mayor"), an everyday
/// word naming a chief officer's field ("Chief Operating Officer"), and capitalised office words that end the run
/// before a lower-case role ("the Leeds Lord Mayor candidate").
/// </summary>
public class RoleCapitalisedOfficeRunTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("Jara Fenwick, the Lord Mayor of Leeds, opened the bridge.")]
    [InlineData("Since March, Jara Fenwick is the Lord Mayor of Leeds.")]
    public void ATitleThatIsAlsoAGivenNameEndsTheOffice(string text)
    {
        Assert.Equal(("lord mayor", "Leeds"), RoleOf(text, "Jara Fenwick"));
    }

    [Theory]
    [InlineData("The bank's Chief Operating Officer Daniel Okafor wrote the memo.", "Daniel Okafor", "chief operating officer")]
    [InlineData("Chief Medical Officer Tom Raskin urged caution on Friday.", "Tom Raskin", "chief medical officer")]
    public void AnEverydayWordAfterChiefIsTheOfficersField(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void CapitalisedOfficeWordsEndingTheRunBelongToTheRole()
    {
        Assert.Equal(("lord mayor candidate", "Leeds"), RoleOf("On Friday the Leeds Lord Mayor candidate Pia Orlov toured the market.", "Pia Orlov"));
    }

    [Fact]
    public void ALowerCaseRankBeforeTheCapitalisedOfficeStays()
    {
        Assert.Equal("deputy lord mayor candidate", RoleOf("At the launch his deputy Lord Mayor candidate Ines Farrow cut the ribbon.", "Ines Farrow").Role);
    }

    [Fact]
    public void APartyBeforeALowerCaseOfficeStillOwnsIt()
    {
        Assert.Equal(("mayoral nominee", "Green Party"), RoleOf("Crowds cheered when the Green Party mayoral nominee Vera Holm arrived.", "Vera Holm"));
    }

    [Theory]
    [InlineData("The launch window, which HSA Administrator Maria Okafor said could open in May, was moved.", "Maria Okafor", "administrator", "HSA")]
    [InlineData("Talks resumed after Velmco Archivist Peter Lund released the letters.", "Peter Lund", "archivist", "Velmco")]
    public void AnOfficeNounInsideTheRunBeforeAFullNameIsTheTitle(string text, string name, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), RoleOf(text, name));
    }

    [Theory]
    [InlineData("Striker Tomas Brandt scored twice before the break.", "Tomas Brandt", "striker")]
    [InlineData("Lead Maria Okafor spoke about the second season on Friday.", "Maria Okafor", "lead")]
    public void AnEverydayWordOpeningTheSentenceBeforeAFullNameDescribesThePerson(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void AParticipleOpeningTheSentenceIsNoDescription()
    {
        var facts = Extract.From("Born Maria Okafor in a small port town, she later took her stepfather's name.");
        Assert.DoesNotContain(facts.People, p => p.Role == "born");
    }

    [Theory]
    [InlineData("The talks were chaired by UN Secretary-General envoy Maren Talbot on Friday.", "Maren Talbot", "UN")]
    [InlineData("NATO Secretary-General adviser Jory Kell said the meeting had gone well.", "Jory Kell", "NATO")]
    public void AHyphenatedOfficeEndingTheRunStaysWhole(string text, string name, string body)
    {
        var (role, affiliation) = RoleOf(text, name);
        Assert.StartsWith("secretary-general ", role);
        Assert.Equal(body, affiliation);
    }
}
