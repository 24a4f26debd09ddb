using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"U.S. Attorney", "U.S. Marshal", "U.S. Magistrate" name an office of the federal courts: the country code
/// stays in the role whether the office is capitalised or not, before the name or in an apposition, and the country
/// is still the affiliation; other offices after a country leave it out.</summary>
public class FederalCourtOfficeCountryTests
{
    [Theory]
    [InlineData("The bank fraud case is closed, said Mara Quillen, U.S. Attorney.", "Mara Quillen", "u.s. attorney")]
    [InlineData("Nine people were charged in the scheme, U.S. attorney Devin Orr announced Tuesday.", "Devin Orr", "u.s. attorney")]
    [InlineData("U.S. Magistrate Helen Voss signed the search warrant on Friday.", "Helen Voss", "u.s. magistrate")]
    [InlineData("The warrant was served on Friday by Tomas Brill, the U.S. marshal.", "Tomas Brill", "u.s. marshal")]
    public void TheCountryStaysInTheCourtOffice(string text, string name, string role)
    {
        var person = Extract.Person(Extract.From(text), name);
        Assert.Equal(role, person.Role);
        Assert.Equal("United States", person.Affiliation);
    }

    [Theory]
    [InlineData("The talks will resume, U.S. Ambassador Clara Neff said on Monday.", "Clara Neff", "ambassador")]
    [InlineData("The bank fraud case is closed, said Mara Quillen, a U.S. lawyer.", "Mara Quillen", "lawyer")]
    [InlineData("The bank fraud case is closed, said Mara Quillen, a British attorney.", "Mara Quillen", "attorney")]
    [InlineData("The inquiry will go on, said Mara Quillen, the U.S. attorney general.", "Mara Quillen", "attorney general")]
    [InlineData("The inquiry will go on, said Mara Quillen, a former U.S. Attorney General.", "Mara Quillen", "former attorney general")]
    public void OtherOfficesLeaveTheCountryOut(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }
}
