using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"X, chairman Velm Traders Association, said": an office followed straight by its body, without "of".</summary>
public class OfficeThenBareBodyTests
{
    [Fact]
    public void TheBodyAfterTheOfficeIsTheAffiliation()
    {
        var facts = Extract.From("Musa Danladi, chairman Kano Grain Sellers Association, said prices had doubled.");
        var person = Extract.Person(facts, "Musa Danladi");
        Assert.Equal("chairman", person.Role);
        Assert.Equal("Kano Grain Sellers Association", person.Affiliation);
    }

    [Fact]
    public void APersonAfterTheOfficeIsStillTheNextListedName()
    {
        var facts = Extract.From("The guests were Musa Danladi, actor Karen Holt, and Peter Lindqvist.");
        Assert.Null(Extract.Person(facts, "Musa Danladi").Role);
        Assert.Equal("actor", Extract.Person(facts, "Karen Holt").Role);
    }
}
