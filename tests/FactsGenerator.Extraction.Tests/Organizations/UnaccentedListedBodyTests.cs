using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>A well-known body the list spells with accents is found when the paper drops them, and still when it keeps them.</summary>
public class UnaccentedListedBodyTests
{
    [Theory]
    [InlineData("An Aeromexico jetliner crashed on takeoff in a storm on Tuesday.", "Aeromexico")]
    [InlineData("An Aeroméxico jetliner crashed on takeoff in a storm on Tuesday.", "Aeroméxico")]
    public void TheListedBodyIsFoundWithOrWithoutItsAccents(string sentence, string name) =>
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));

    [Fact]
    public void TheKeyFoldsDiacritics() => Assert.Equal(OrganizationLexicon.Key("Aeromexico"), OrganizationLexicon.Key("Aeroméxico"));

    [Fact]
    public void AnUnlistedNameWithoutAccentsStaysUnknown()
    {
        Assert.False(OrganizationLexicon.Contains("Orvexico"));
        Assert.DoesNotContain("Orvexico", Extract.OrganizationNames(Extract.From("An Orvexico jetliner crashed on takeoff in a storm on Tuesday.")));
    }
}
