namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"the Unite union said": a name right before a lower-case "union" is the union's own name.</summary>
public class NamedUnionTests
{
    [Theory]
    [InlineData("The Velmar Dockers union said the offer was too low.", "Velmar Dockers")]
    [InlineData("Talks broke down after the Orlend union rejected the deal.", "Orlend")]
    public void ANameBeforeUnionIsABody(string text, string union)
    {
        Assert.Contains(Extract.From(text).Organizations, o => o.Name == union);
    }

    [Fact]
    public void ATownBeforeUnionStaysAPlace()
    {
        var facts = Extract.From("Members of the Leeds union branch met on Monday.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Leeds");
    }
}
