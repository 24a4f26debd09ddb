using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A region or a city of the gazetteer outside the United States before a capitalised "State" is that state, named as
// written wherever it stands; a US state's name before "State" is a university's or a team's and is no new place.
public class CapitalisedStateTests
{
    [Fact]
    public void ARegionBeforeStateAfterFromIsTheState()
    {
        var facts = Extract.From("Police said the suspect hails from Ebonyi State.");
        Assert.Contains("Ebonyi State", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ARegionBeforeStateBeforeANounIsTheState()
    {
        var facts = Extract.From("The fund will help victims of Zamfara State floods, the senator said.");
        Assert.Contains("Zamfara State", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheBareRegionIsTheStatesAlias()
    {
        var facts = Extract.From("Thousands fled Rakhine State after the attacks. Aid groups said Rakhine needed food.");
        var state = Assert.Single(facts.Places, p => p.Name == "Rakhine State");
        Assert.Contains("Rakhine", state.Aliases);
        Assert.DoesNotContain("Rakhine", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACityBeforeStateNamesTheStateAndStaysACity()
    {
        var facts = Extract.From("Troops were sent to Kano State on Monday. Shops in Kano were shut.");
        Assert.Contains("Kano State", Extract.PlaceNames(facts));
        Assert.Contains("Kano", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AUsStateBeforeStateIsNoNewPlace()
    {
        var facts = Extract.From("Michigan State beat its rivals by ten points on Saturday.");
        Assert.DoesNotContain("Michigan State", Extract.PlaceNames(facts));
    }

    [Fact]
    public void StateBeforeItsGovernmentIsACommonNoun()
    {
        var facts = Extract.From("Officials said the Queensland State government announced new rules on Monday.");
        var place = Assert.Single(facts.Places, p => p.Name == "Queensland");
        Assert.Contains("Queensland State", place.Aliases);
        Assert.DoesNotContain("Queensland State", Extract.PlaceNames(facts));
    }
}
