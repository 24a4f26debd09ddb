using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class SingleVictimTests
{
    [Fact]
    public void OneAfterACasualtyVerbIsAVictimCounted()
    {
        var fact = QuantityTestText.Single("The blast killed one.");
        Assert.Equal(1m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void AHeadlineFigureIsKeptWhenTheBodyNumberWithItsValueCountsNothing()
    {
        var facts = QuantityTestText.Extract("Storm at coastal village kills nine\n\nA storm hit the village on Monday. Crews worked from 9 until noon. Fishermen died at sea.");
        Assert.Contains(facts, f => f.Value == 9m && f.Category == QuantityCategory.Casualties);
    }
}
