namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Assistant U.S. Attorney Ana Ruiz": the country is part of a federal court office's name.</summary>
public class FederalCourtOfficeTests
{
    [Theory]
    [InlineData("\"He knew,\" Assistant U.S. Attorney Bram Keller told the jury.", "Bram Keller", "assistant u.s. attorney")]
    [InlineData("U.S. Attorney Ines Dorrow said the charges would stand.", "Ines Dorrow", "u.s. attorney")]
    public void TheCountryAndTheRankStayInTheOffice(string text, string name, string role)
    {
        var facts = Extract.From(text);
        var person = Extract.Person(facts, name);
        Assert.Equal(role, person.Role);
        Assert.Equal("United States", person.Affiliation);
        Assert.Contains("United States", Extract.PlaceNames(facts));
    }
}
