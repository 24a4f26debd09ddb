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

public class SharedEventTests
{
    [Theory]
    [InlineData("The attacker wounded a guard and three shoppers.")]
    [InlineData("Three shoppers and a guard were wounded.")]
    public void TheSecondOfTwoObjectsOrSubjectsSharesTheEvent(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(3m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("Police found a wounded man and three shoppers.")]
    [InlineData("Three shoppers and a dog walked home.")]
    public void NoEventIsSharedWithoutAVerbGoverningBoth(string sentence)
    {
        Assert.Equal(QuantityCategory.Other, QuantityTestText.Single(sentence).Category);
    }
}
