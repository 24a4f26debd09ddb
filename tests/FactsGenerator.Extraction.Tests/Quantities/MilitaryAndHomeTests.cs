using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class MilitaryAssetTests
{
    [Theory]
    [InlineData("The fleet sent three frigates to the gulf.", "frigates")]
    [InlineData("Two destroyers escorted the convoy.", "destroyers")]
    [InlineData("The brigade moved six howitzers to the ridge.", "howitzers")]
    [InlineData("Crews flew 40 sorties over the valley.", "sorties")]
    [InlineData("Eight infantrymen held the bridge.", "people")]
    [InlineData("The column included five armoured vehicles.", "vehicles")]
    public void WarshipsArtilleryAndServicePeopleAreMilitary(string sentence, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Military, fact.Category);
    }

    [Fact]
    public void AMarineScientistIsNoSoldier()
    {
        Assert.Equal(QuantityCategory.Other, QuantityTestText.First("Four marine biologists joined the cruise.").Category);
    }
}

public class HomeToTests
{
    [Theory]
    [InlineData("The valley is home to 25,000 farmers.")]
    [InlineData("The district is home to about 300 families.")]
    [InlineData("The island is home to 4,000 people.")]
    public void PeopleAPlaceIsHomeToLiveThere(string sentence)
    {
        Assert.Equal(QuantityCategory.Population, QuantityTestText.First(sentence).Category);
    }

    [Fact]
    public void ThingsAPlaceIsHomeToAreNoPopulation()
    {
        Assert.Equal(QuantityCategory.Other, QuantityTestText.First("The park is home to 300 species of birds.").Category);
    }
}

public class OneMoreTests
{
    [Theory]
    [InlineData("The clinic reported one more case on Tuesday.", "cases")]
    [InlineData("The airline found one more passenger on the list.", "people")]
    public void OneMoreCountsTheNounAfterIt(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(1m, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void OneMoreTimeIsAnIdiom()
    {
        Assert.Empty(QuantityTestText.Extract("She asked him one more time to leave."));
    }
}

public class InjuryAndAdverbEventTests
{
    [Theory]
    [InlineData("Nine passengers with minor injuries were treated at the scene.")]
    [InlineData("Police found two men with gunshot wounds near the station.")]
    [InlineData("The attacker stabbed reportedly four shoppers in the mall.")]
    [InlineData("The mob allegedly killed allegedly three traders.")]
    public void ReadsTheHarmPastAnAdverbOrAfterWith(string sentence)
    {
        Assert.Equal(QuantityCategory.Casualties, QuantityTestText.First(sentence).Category);
    }

    [Fact]
    public void PeopleWithOtherThingsAreNoCasualties()
    {
        Assert.Equal(QuantityCategory.Other, QuantityTestText.First("Nine passengers with large bags were delayed.").Category);
    }
}

public class DisplacementAndAmongTests
{
    [Theory]
    [InlineData("About 600 islanders were ferried to safety.", QuantityCategory.Displacement)]
    [InlineData("Some 4,000 people have been driven from their homes.", QuantityCategory.Displacement)]
    [InlineData("Nearly 300 farmers were chased out of their villages.", QuantityCategory.Displacement)]
    [InlineData("The fighting forced 5,000 people from their homes.", QuantityCategory.Displacement)]
    [InlineData("Soldiers moved 600 villagers to safety.", QuantityCategory.Displacement)]
    [InlineData("The company moved 600 workers to the new plant.", QuantityCategory.Other)]
    [InlineData("Among the dead were four teachers.", QuantityCategory.Casualties)]
    [InlineData("Among those injured are two guards, police said.", QuantityCategory.Casualties)]
    [InlineData("Among the guests were six ministers.", QuantityCategory.Other)]
    [InlineData("Two guards are among those injured.", QuantityCategory.Casualties)]
    [InlineData("Two mayors were among the guests.", QuantityCategory.Other)]
    [InlineData("Four climbers remain in critical condition.", QuantityCategory.Casualties)]
    [InlineData("Two riders were in a stable condition last night.", QuantityCategory.Casualties)]
    [InlineData("Four climbers were in the hut.", QuantityCategory.Other)]
    public void ReadsWhatHappenedFromTheClause(string sentence, QuantityCategory category)
    {
        Assert.Equal(category, QuantityTestText.First(sentence).Category);
    }

    [Theory]
    [InlineData("Twelve people died in the crash. One child was among the dead.")]
    [InlineData("Nine people died. One child was, the coroner said, among the dead.")]
    public void ReadsOneAmongTheDeadAsAToll(string text)
    {
        var child = Assert.Single(QuantityTestText.Extract(text), f => f.Value == 1m);
        Assert.Equal(QuantityCategory.Casualties, child.Category);
    }

    [Theory]
    [InlineData("About 600 villagers were airlifted out by the army.", QuantityCategory.Other)]
    [InlineData("The town's 9,000 residents were told to stay indoors.", QuantityCategory.Population)]
    [InlineData("The valley has 9,000 inhabitants.", QuantityCategory.Population)]
    [InlineData("It is a republic of 40 million people.", QuantityCategory.Population)]
    [InlineData("The carmaker, which employs 45,000 people, opened a plant.", QuantityCategory.Other)]
    [InlineData("The province has 2 million people.", QuantityCategory.Population)]
    [InlineData("The new line will carry 60,000 people a day.", QuantityCategory.Other)]
    public void ResidentsAreAPopulationUnlessCountedForWhatHappensToThem(string sentence, QuantityCategory category)
    {
        Assert.Equal(category, QuantityTestText.First(sentence).Category);
    }
}

public class AllButTests
{
    [Fact]
    public void TheEventIsSaidOfTheRestOfTheTotal()
    {
        var facts = QuantityTestText.Extract("All but two of the 30 climbers reached the summit safely; all but one of the nine crew died.");
        var dead = Assert.Single(facts, f => f.Value == 8m);
        Assert.Equal(QuantityCategory.Casualties, dead.Category);
        var crew = Assert.Single(facts, f => f.Value == 9m);
        Assert.Equal(QuantityCategory.Other, crew.Category);
        Assert.Contains(facts, f => f.Value == 28m);
    }

    [Fact]
    public void AllButOneOfAGroupWithoutANounCountsPeople()
    {
        var facts = QuantityTestText.Extract("All but one of the twelve on board drowned.");
        Assert.Contains(facts, f => f.Value == 11m && f.Category == QuantityCategory.Casualties && f.Unit == "people");
        Assert.Contains(facts, f => f.Value == 12m && f.Category == QuantityCategory.Other && f.Unit == "people");
    }
}

public class PlaceAdverbBeforeEventTests
{
    [Theory]
    [InlineData("Of the crew, nine aboard drowned.")]
    [InlineData("About 30 inside were injured when the roof fell.")]
    [InlineData("Four passengers aboard were killed.")]
    public void WhereThePeopleWereDoesNotHideWhatHappened(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Casualties);
    }
}

public class HarmAndShelterShapeTests
{
    [Theory]
    [InlineData("Twenty-five people were admitted to hospital.", QuantityCategory.Casualties)]
    [InlineData("Six hikers were flown to a hospital in the city.", QuantityCategory.Casualties)]
    [InlineData("Four soldiers sustained gunshot wounds.", QuantityCategory.Casualties)]
    [InlineData("Forty people, most of them women, were killed.", QuantityCategory.Casualties)]
    [InlineData("Six, all civilians, died in the shelling.", QuantityCategory.Casualties)]
    [InlineData("Some 8,000 people remain in evacuation centres.", QuantityCategory.Displacement)]
    [InlineData("About 1,200 people spent the night in emergency shelters.", QuantityCategory.Displacement)]
    [InlineData("About 300 people remain in detention centres.", QuantityCategory.Other)]
    [InlineData("Forty people were sent to a training camp.", QuantityCategory.Other)]
    public void ReadsHarmAndShelterWhateverTheVerb(string sentence, QuantityCategory category)
    {
        Assert.Equal(category, QuantityTestText.First(sentence).Category);
    }

    [Fact]
    public void AnAsideWithAVerbOfItsOwnIsNoAside()
    {
        var fact = QuantityTestText.First("Forty people, who were rescued, later died.");
        Assert.Equal(40m, fact.Value);
    }
}

public class BreakdownTests
{
    [Fact]
    public void PartsSetOffAfterATollShareItsEvent()
    {
        var facts = QuantityTestText.Extract("By noon, 12 bodies had been found, seven women and five men, the mayor said.");
        Assert.Equal(3, facts.Count(f => f.Category == QuantityCategory.Casualties));
    }

    [Fact]
    public void ThePartJoinedByAndSharesTheListsEvent()
    {
        var facts = QuantityTestText.Extract("The storm killed 20 people, nine farmers and eleven fishermen.");
        Assert.Equal(3, facts.Count(f => f.Category == QuantityCategory.Casualties));
    }

    [Fact]
    public void TheLastItemOfAnIncludingListSharesTheTollsEvent()
    {
        var facts = QuantityTestText.Extract("Nine were hurt in the kitchen fire, including both cooks, and one passer-by.");
        Assert.Equal(QuantityCategory.Casualties, facts.Single(f => f.Value == 1m).Category);
    }

    [Fact]
    public void AnItemWithAVerbOfItsOwnAfterAnIncludingListIsNoPart()
    {
        var facts = QuantityTestText.Extract("Nine people were hurt, including a cook, and two drivers joined later.");
        Assert.Equal(QuantityCategory.Other, facts.Single(f => f.Value == 2m).Category);
    }

    [Theory]
    [InlineData("The landslide killed six miners in the lower shaft and two rescuers.")]
    [InlineData("The explosion injured four workers at the depot and a dozen shoppers.")]
    public void AnObjectAfterWhereTheTollsPeopleWereSharesItsEvent(string sentence)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal(QuantityCategory.Casualties, f.Category));
    }

    [Fact]
    public void AFigureAfterAPlacePhraseWithAVerbOfItsOwnKeepsIt()
    {
        var facts = QuantityTestText.Extract("The quake killed nine people in the valley and 300 homes were destroyed.");
        Assert.Single(facts, f => f.Category == QuantityCategory.Casualties);
    }

    [Theory]
    [InlineData("Five people died, 20 others were rescued.")]
    [InlineData("The fire killed two people, 40 families lost their homes.")]
    public void APartWithAVerbOfItsOwnIsNoBreakdown(string sentence)
    {
        Assert.Single(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Casualties);
    }
}

/// <summary>A count naming who make up a group called by what happened to it shares that event.</summary>
public class NamedGroupTests
{
    [Theory]
    [InlineData("The injured climbers, three students and a guide, were flown out by noon.", 3, QuantityCategory.Casualties)]
    [InlineData("The dead included four women and one man.", 4, QuantityCategory.Casualties)]
    [InlineData("Those displaced, 40 farmers from the valley, found shelter in a school.", 40, QuantityCategory.Displacement)]
    public void ACountNamingTheMembersOfAnEventGroupSharesItsEvent(string sentence, int value, QuantityCategory category)
    {
        var fact = QuantityTestText.Extract(sentence).First(f => f.Value == value);
        Assert.Equal(category, fact.Category);
    }

    [Theory]
    [InlineData("The crew \u2014 a skipper, her mate and three deckhands \u2014 drowned off the cape.", 3)]
    [InlineData("The group \u2013 three climbers \u2013 were injured on the ridge.", 3)]
    public void TheLastMemberOfADashedListSharesTheVerbAfterIt(string sentence, int value)
    {
        var fact = QuantityTestText.Extract(sentence).First(f => f.Value == value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void ADashedListBeforeAPlainVerbGivesNoEvent()
    {
        Assert.Equal(QuantityCategory.Other, QuantityTestText.First("The team \u2014 four engineers \u2014 arrived on Monday.").Category);
    }

    [Theory]
    [InlineData("The new teachers, three women and a man, started on Monday.")]
    [InlineData("The committee included four lawyers.")]
    [InlineData("Injured workers, 30 of whom filed claims, want answers.")]
    public void AGroupWithoutAnEventGivesNone(string sentence)
    {
        Assert.All(QuantityTestText.Extract(sentence), f => Assert.Equal(QuantityCategory.Other, f.Category));
    }
}

public class ModalChainTests
{
    [Theory]
    [InlineData("Up to 900 people may have been killed.", QuantityCategory.Casualties)]
    [InlineData("As many as 200 could be displaced by the new dam.", QuantityCategory.Displacement)]
    [InlineData("Nearly 40 families will be evacuated tomorrow.", QuantityCategory.Displacement)]
    [InlineData("Seven walkers went missing on the moor.", QuantityCategory.Casualties)]
    [InlineData("Eleven people have so far been confirmed dead.", QuantityCategory.Casualties)]
    public void AModalOrAnAdverbBeforeTheEventKeepsIt(string sentence, QuantityCategory category)
    {
        Assert.Equal(category, QuantityTestText.First(sentence).Category);
    }
}

/// <summary>Helicopters, jets and drones serve rescuers and airlines too: military only where an armed force is spoken of.</summary>
public class CivilianCraftTests
{
    [Theory]
    [InlineData("The search for the hikers involved three helicopters.", QuantityCategory.Other)]
    [InlineData("The airline grounded 40 aircraft after the storm.", QuantityCategory.Other)]
    [InlineData("The army flew three helicopters to the border.", QuantityCategory.Military)]
    [InlineData("Three drones struck the depot overnight.", QuantityCategory.Military)]
    public void ReadsCraftAsMilitaryOnlyBesideAnArmedForce(string sentence, QuantityCategory category)
    {
        Assert.Equal(category, QuantityTestText.First(sentence).Category);
    }

    [Fact]
    public void KeepsWarshipsMilitaryAnywhere()
    {
        Assert.Equal(QuantityCategory.Military, QuantityTestText.First("Four warships docked in the harbour.").Category);
    }
}
