using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"a single lane" insists on the count, one; "from a single family" says "one and the same".</summary>
public class ASingleTests
{
    [Theory]
    [InlineData("Only a single ferry ran on Sunday.", "ferries")]
    [InlineData("The nurse gave a single injection of the serum.", "injections")]
    public void ReadsASingleThingAsOne(string sentence, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal(1m, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("All the pupils came from a single village.")]
    [InlineData("A single EU member objected to the plan.")]
    public void LeavesASingleAfterAPrepositionOrBeforeANameAlone(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Value == 1m);
    }

    [Fact]
    public void NotASingleIsStillZero()
    {
        Assert.Equal(0m, QuantityTestText.First("Not a single ferry ran on Sunday.").Value);
    }

    [Fact]
    public void ASingleInAnAnswerIsTheSpokenArticle()
    {
        var facts = Extract.From("Orla Brandt runs a bakery in Velmora.\n\n((WN)) How does yeast work?\n\n"
            + "((Orla Brandt)) Think of what a single cell does in the dough.\n\n((WN)) And now?\n\n((Orla Brandt)) We sell bread.");
        Assert.DoesNotContain(facts.Quantities, q => q.Value == 1m);
    }
}
