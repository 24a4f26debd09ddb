namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"X, an expert on river ecology at Y": the field after an expert's "on" or "in" is part of the role; the body
/// after "at" is still the affiliation.</summary>
public class RoleExpertiseFieldTests
{
    [Theory]
    [InlineData("\"The lake is recovering,\" said Ines Varga, an expert on freshwater fish.", "Ines Varga", "expert on freshwater fish")]
    [InlineData("Pavel Orlik, a specialist in child nutrition, warned that the rations were too small.", "Pavel Orlik", "specialist in child nutrition")]
    [InlineData("Hana Brill, an expert on plant-to-insect signals who has studied the meadow for years, was surprised.", "Hana Brill", "expert on plant-to-insect signals")]
    public void TheFieldCompletesTheRole(string text, string name, string role) =>
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);

    [Fact]
    public void TheBodyAfterTheFieldIsTheAffiliation()
    {
        var person = Extract.Person(Extract.From("Colm Varley, an expert on tidal power at Velmont University, disagreed."), "Colm Varley");
        Assert.Equal("expert on tidal power", person.Role);
        Assert.Equal("Velmont University", person.Affiliation);
    }

    [Theory]
    [InlineData("Oren Lusk, a specialist in the field, was not consulted.", "Oren Lusk")]
    [InlineData("Tova Rind, an expert in Lisbon, was not consulted.", "Tova Rind")]
    public void NoLowerCaseFieldLeavesTheHeadAlone(string text, string name) =>
        Assert.DoesNotContain(" ", Extract.Person(Extract.From(text), name).Role);
}
