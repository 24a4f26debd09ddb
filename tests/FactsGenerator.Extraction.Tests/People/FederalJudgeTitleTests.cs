using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"U.S. District Judge Ana Ruiz": a federal judge's court is named for the country, so the code stays in the
/// title, as in "U.S. Attorney"; the country is her affiliation but no place of the story.</summary>
public class FederalJudgeTitleTests
{
    [Theory]
    [InlineData("U.S. District Judge Ana Ruiz ordered him to pay a fine.", "Ana Ruiz", "u.s. district judge")]
    [InlineData("Later, U.S. Circuit Judge Tom Hale wrote the opinion.", "Tom Hale", "u.s. circuit judge")]
    public void TheCountryCodeStaysInTheTitle(string text, string name, string role)
    {
        var facts = Extract.From(text);
        var person = Extract.Person(facts, name);
        Assert.Equal(role, person.Role);
        Assert.Equal("United States", person.Affiliation);
        Assert.DoesNotContain("United States", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("District Judge Jo Kim ruled on Friday.", "Jo Kim", "district judge")]
    [InlineData("U.S. Secretary of State Li Wei met them in Lisbon.", "Li Wei", "secretary of state")]
    public void OtherOfficesKeepTheCountryOut(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }
}
