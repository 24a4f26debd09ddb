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

public class OneOfAGroupTests
{
    [Theory]
    [InlineData("Nine miners were trapped, and one of them died before help came.")]
    [InlineData("A bus carrying tourists overturned; one of the tourists was killed.")]
    [InlineData("Reporters covered the march until one of those was injured by a stone.")]
    public void OnePickedFromAGroupThatSuffersAnEventIsAVictimCounted(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Value == 1m && f.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void OneOfAGroupWithNothingHappeningStaysAPronoun()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("One of them said the road was closed."), f => f.Value == 1m);
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
