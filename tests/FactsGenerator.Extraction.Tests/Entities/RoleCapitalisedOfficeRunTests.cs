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
    [InlineData("The bank's Chief Operating Officer Daniel Okafor wrote the memo.", "chief operating officer")]
    [InlineData("Chief Medical Officer Tom Raskin urged caution on Friday.", "chief medical officer")]
    public void AnEverydayWordAfterChiefIsTheOfficersField(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, text.Contains("Okafor") ? "Daniel Okafor" : "Tom Raskin").Role);
    }

    [Fact]
    public void CapitalisedOfficeWordsEndingTheRunBelongToTheRole()
    {
        Assert.Equal(("lord mayor candidate", "Leeds"), RoleOf("The Leeds Lord Mayor candidate Wayne Tsang answered questions.", "Wayne Tsang"));
    }

    [Fact]
    public void ALowerCaseRankBeforeTheCapitalisedOfficeStays()
    {
        Assert.Equal("deputy lord mayor candidate", RoleOf("Her deputy Lord Mayor candidate Gregor Yanz is a banker.", "Gregor Yanz").Role);
    }

    [Fact]
    public void APartyBeforeALowerCaseOfficeStillOwnsIt()
    {
        Assert.Equal(("presidential nominee", "Democratic Party"), RoleOf("The Democratic Party presidential nominee Joe Bryden spoke.", "Joe Bryden"));
    }
}
