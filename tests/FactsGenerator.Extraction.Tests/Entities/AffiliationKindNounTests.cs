namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A lower-case kind noun after a body's name ("think tank", "charity") is no part of the affiliation.</summary>
public class AffiliationKindNounTests
{
    [Fact]
    public void AThinkTankAfterTheNameIsLeftOut()
    {
        var facts = Extract.From("Mira Talbot, a senior fellow at the Arden Policy Institute think tank, said waits would grow.");
        Assert.Equal("Arden Policy Institute", Extract.Person(facts, "Mira Talbot").Affiliation);
    }

    [Fact]
    public void ACharityAfterTheNameIsLeftOut()
    {
        var facts = Extract.From("Owen Ralt, a director at the Brightwell Trust charity, said donations had fallen.");
        Assert.Equal("Brightwell Trust", Extract.Person(facts, "Owen Ralt").Affiliation);
    }
}
