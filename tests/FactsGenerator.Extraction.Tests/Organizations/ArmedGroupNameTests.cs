using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"the Orra Valley cartel", "the Tarsk Militia": a cartel, gang or militia named with its noun is an
/// organisation, and a place inside its name is no place of the story there.</summary>
public class ArmedGroupNameTests
{
    [Theory]
    [InlineData("Gunmen from the Orra Valley cartel attacked a ranch on Sunday.", "Orra Valley cartel")]
    [InlineData("Fighters of the Brennholt militia were seen near the border on Monday.", "Brennholt militia")]
    [InlineData("Police said the Velm Street gang ran the market.", "Velm Street gang")]
    [InlineData("The Brennholt Cartel denied any role in the killings.", "Brennholt Cartel")]
    public void AGroupNamedWithItsNounIsAnOrganisation(string text, string name) =>
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(text)));

    [Fact]
    public void APlaceInsideACartelsNameIsNoPlaceThere()
    {
        var facts = Extract.From("Gunmen from the Corvado cartel attacked a ranch on Sunday.");
        Assert.Contains("Corvado cartel", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Corvado", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Officials blamed a Mexican cartel for the attack on Sunday.")]
    [InlineData("Officials said an Iranian-backed militia fired the rockets.")]
    public void AKindOfGroupDescribedByWhereItComesFromIsNoName(string text) =>
        Assert.Empty(Extract.From(text).Organizations);
}
