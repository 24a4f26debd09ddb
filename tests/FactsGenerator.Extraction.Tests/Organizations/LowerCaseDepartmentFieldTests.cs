using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>A lower-case department named with its whole field: two field words after a place's level and possessive,
/// a field glued by a hyphen, and a field after "for" when the department is named only by its level.</summary>
public class LowerCaseDepartmentFieldTests
{
    [Theory]
    [InlineData("Ana Ruiz, an official with Tarsk state's civil protection department, said crews had yet to reach the area.", "Tarsk state's civil protection department")]
    [InlineData("An official from Velm Pradesh's disaster-management department said 250 people died.", "Velm Pradesh's disaster-management department")]
    [InlineData("Tom Vik, director of the Orra provincial department for agriculture and rural development, said roads were cut.", "Orra provincial department for agriculture and rural development")]
    public void TheDepartmentKeepsItsWholeField(string text, string body) =>
        Assert.Equal(new[] { body }, Extract.OrganizationNames(Extract.From(text)));

    [Fact]
    public void ThePlaceBeforeItsLevelStaysAPlace() =>
        Assert.Contains("Tarsk state", Extract.PlaceNames(Extract.From("Ana Ruiz, an official with Tarsk state's civil protection department, said crews had yet to reach the area.")));

    [Theory]
    [InlineData("Officials at Tarsk's health department for years have warned of floods.", "Tarsk's health department")]
    [InlineData("Jo Kim of Orra's water department of 30 staff said the pumps failed.", "Orra's water department")]
    public void ADepartmentWithItsFieldEndsAtItsNoun(string text, string body)
    {
        var names = Extract.OrganizationNames(Extract.From(text));
        Assert.Contains(body, names);
        Assert.DoesNotContain(names, n => n.StartsWith(body + " ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AHyphenedAdjectiveBeforeAForceNamesNoBody() =>
        Assert.Empty(Extract.From("Officers from Tarsk's well-known police arrived on Monday.").Organizations);
}
