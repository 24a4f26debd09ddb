using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Quantities;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class VerbInflectionTests
{
    [Theory]
    [InlineData("evacuate", "evacuates", "evacuated", "evacuating")]
    [InlineData("kill", "kills", "killed", "killing")]
    [InlineData("die", "dies", "died", "dying")]
    [InlineData("bury", "buries", "buried", "burying")]
    [InlineData("stab", "stabs", "stabbed", "stabbing")]
    [InlineData("perish", "perishes", "perished", "perishing")]
    [InlineData("murder", "murders", "murdered", "murdering")]
    [InlineData("uproot", "uproots", "uprooted", "uprooting")]
    public void MakesTheRegularFormsFromTheLemma(string lemma, string third, string past, string gerund)
    {
        Assert.Equal(new[] { lemma, third, past, gerund }, VerbInflection.Forms(lemma, withPresent: true).ToArray());
    }

    [Theory]
    [InlineData("flee", "fleeing")]
    [InlineData("agree", "agreeing")]
    [InlineData("lie", "lying")]
    public void KeepsADoubleVowelBeforeIng(string lemma, string gerund)
    {
        Assert.Equal(gerund, VerbInflection.Gerund(lemma));
    }

    [Fact]
    public void LeavesOutThePresentOfAVerbThatIsAlsoANoun()
    {
        Assert.Equal(new[] { "massacred", "massacring" }, VerbInflection.Forms("massacre", withPresent: false).ToArray());
    }
}

public class EventVerbFormTests
{
    [Theory]
    [InlineData("Gunmen slaughtered nine herders near the well.", QuantityCategory.Casualties)]
    [InlineData("The militia is accused of massacring 40 villagers.", QuantityCategory.Casualties)]
    [InlineData("The flood displaces 3,000 families every spring.", QuantityCategory.Displacement)]
    [InlineData("The agency is relocating 600 tenants this week.", QuantityCategory.Displacement)]
    [InlineData("Troops beheaded four captives, the group said.", QuantityCategory.Casualties)]
    [InlineData("Two anglers drown each summer at the weir.", QuantityCategory.Casualties)]
    public void EveryRegularFormOfAnEventVerbDecidesTheCategory(string sentence, QuantityCategory category)
    {
        Assert.Equal(category, QuantityTestText.First(sentence).Category);
    }

    [Theory]
    [InlineData("Five pilgrims were crushed to death at the gate.")]
    [InlineData("Two guards were beaten to death by the mob.")]
    public void AnyVerbToDeathIsAKilling(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Fact]
    public void ANounThatSpellsAnEventVerbStaysTheCountedNoun()
    {
        Assert.Equal("strands", QuantityTestText.Single("The rope has three strands of wire.").Unit);
    }
}

public class PersonNounListTests
{
    [Theory]
    [InlineData("Forty steelworkers walked out of the plant.")]
    [InlineData("Six cosmonauts boarded the station.")]
    [InlineData("The bus carried 30 schoolchildren.")]
    [InlineData("The agency hired 12 stenographers.")]
    [InlineData("Nine conscripts deserted the unit.")]
    public void CountsAnyKindOfPersonAsPeople(string sentence)
    {
        Assert.Equal("people", QuantityTestText.First(sentence).Unit);
    }

    [Theory]
    [InlineData("The shop sold 40 printers.", "printers")]
    [InlineData("Observers saw three whales off the cape.", "whales")]
    public void AWordWhoseUsualSenseIsAThingKeepsItsUnit(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.First(sentence).Unit);
    }

    [Fact]
    public void ThePersonSenseOfAVerbIsNoAgeHolder()
    {
        var age = QuantityTestText.Single("When I was nine, we moved to the coast.");
        Assert.DoesNotContain("have", age.About);
    }

    [Fact]
    public void TheListIsLoaded()
    {
        Assert.True(PersonNounList.Count > 5000);
    }
}
