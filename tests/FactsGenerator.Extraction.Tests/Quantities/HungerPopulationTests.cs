using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>People counted by the hunger or famine they live in are a population figure; a toll among them stays a toll.</summary>
public class HungerPopulationTests
{
    [Theory]
    [InlineData("Relief officials say 300,000 people are going hungry in the northern provinces.", 300000)]
    [InlineData("An estimated two million Somalis face starvation after the rains failed.", 2000000)]
    [InlineData("The ministry said 40,000 farmers will need food aid before the next harvest.", 40000)]
    public void TheHungryOfAFamineAreAPopulation(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Population, fact.Category);
    }

    [Fact]
    public void DeathsFromHungerStayATollAndTroopsStayMilitary()
    {
        var facts = QuantityTestText.Extract("At least 120 villagers died of hunger last month, and 3,000 soldiers were sent to guard the famine convoys.");
        Assert.Equal(QuantityCategory.Casualties, facts.Single(f => f.Value == 120).Category);
        Assert.Equal(QuantityCategory.Military, facts.Single(f => f.Value == 3000).Category);
    }

    [Fact]
    public void PeopleWithNoHungerNamedAfterThemAreNoPopulation()
    {
        var fact = QuantityTestText.Extract("Some 400 volunteers packed boxes at the warehouse on Sunday.").Single(f => f.Value == 400);
        Assert.NotEqual(QuantityCategory.Population, fact.Category);
    }
}
