using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// "were hurt, at least six seriously": a hedged part of a toll, told by how badly it was hurt, counts the toll's people
/// like an unhedged one ("two fatally").
/// </summary>
public class QualifiedHarmDegreeTests
{
    [Theory]
    [InlineData("About 30 passengers were hurt, at least six seriously, when the ferry struck the pier.", 6)]
    [InlineData("Twenty-two other riders were injured, around 12 critically, in the pile-up near Orrin.", 12)]
    [InlineData("Fifty workers were wounded, nearly 15 badly, in the blast at the Velm depot.", 15)]
    public void AHedgedPartOfATollToldByItsHarmIsHurt(string sentence, int part)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == part);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
        Assert.NotEqual(Qualifier.Exact, fact.Qualifier);
    }

    [Fact]
    public void AHedgedFigureWithoutAHarmAdverbStaysBare()
    {
        // "around 20 buses" after a toll counts buses, not more of the hurt.
        var fact = Assert.Single(QuantityTestText.Extract("About 30 passengers were hurt, around 20 buses were stuck behind the crash."), f => f.Value == 20m);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }
}
