using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class EventWordTests
{
    [Theory]
    [InlineData("Three officers were stabbed in their offices.", QuantityCategory.Casualties)]
    [InlineData("At least nine, including two nurses, died.", QuantityCategory.Casualties)]
    [InlineData("Several police lost their lives in the attack.", QuantityCategory.Casualties)]
    [InlineData("Two cyclists were taken to a nearby hospital.", QuantityCategory.Casualties)]
    [InlineData("Four boxes were taken to the warehouse.", QuantityCategory.Other)]
    [InlineData("The hospital treated 25 wounded people overnight.", QuantityCategory.Casualties)]
    [InlineData("Divers found two missing pieces of the wreck.", QuantityCategory.Other)]
    [InlineData("Two men were shot dead outside the bank.", QuantityCategory.Casualties)]
    [InlineData("Four people remain missing after the flood.", QuantityCategory.Casualties)]
    [InlineData("About 200 people were left homeless by the fire.", QuantityCategory.Displacement)]
    [InlineData("Some 1,500 people took refuge in schools.", QuantityCategory.Displacement)]
    [InlineData("The snowstorm left about 900 travellers stranded at the airport.", QuantityCategory.Displacement)]
    [InlineData("The ferry strike went on, stranding 400 tourists on the island.", QuantityCategory.Displacement)]
    [InlineData("The court heard of eight murders over a decade.", QuantityCategory.Casualties)]
    [InlineData("About 60 hikers were listed as missing after the avalanche.", QuantityCategory.Casualties)]
    [InlineData("Twelve miners were listed in serious condition.", QuantityCategory.Casualties)]
    [InlineData("Nearly 90 soldiers on both sides of the border have been killed since June.", QuantityCategory.Casualties)]
    [InlineData("Some 40 shops in all parts of the city were damaged.", QuantityCategory.Other)]
    [InlineData("The gunman killed a guard at the depot and two other workers.", QuantityCategory.Casualties)]
    [InlineData("The raiders killed the owner of the farm and two farmhands.", QuantityCategory.Casualties)]
    [InlineData("Four crew members were treated for smoke inhalation.", QuantityCategory.Casualties)]
    [InlineData("Paramedics treated 18 spectators for heat injuries.", QuantityCategory.Casualties)]
    [InlineData("The clinic treated 200 patients for free.", QuantityCategory.Other)]
    [InlineData("The gunman shot three shoppers before fleeing.", QuantityCategory.Casualties)]
    [InlineData("The crew shot 40 scenes in the desert.", QuantityCategory.Other)]
    public void ReadsTheEventThatDecidesTheCategory(string sentence, QuantityCategory category)
    {
        Assert.Equal(category, QuantityTestText.First(sentence).Category);
    }

    [Theory]
    [InlineData("The county opened three shelters on Sunday.")]
    [InlineData("The city set up five shelters for the evacuees.")]
    [InlineData("Volunteers ran two shelters near the river.")]
    public void ShelterCountedIsABuildingNotPeopleSheltering(string sentence)
    {
        var shelters = QuantityTestText.First(sentence);
        Assert.Equal("shelters", shelters.Unit);
        Assert.Equal(QuantityCategory.Other, shelters.Category);
    }

    [Theory]
    [InlineData("Some 30,000 residents were staying in 812 evacuation centres.", 812, "centres")]
    [InlineData("The province opened 45 evacuation centers overnight.", 45, "centers")]
    [InlineData("The airline ran 12 evacuation flights from the island.", 12, "flights")]
    public void AnEventNounBeforeAPluralNamesTheKindOfThingCounted(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Theory]
    [InlineData("The ruling party won 61 of the 95 civic bodies.", 61, "civic bodies")]
    [InlineData("Polls to 14 local bodies were held on Sunday.", 14, "local bodies")]
    [InlineData("Three governing bodies of the sport met in Zurich.", 3, "governing bodies")]
    public void BodiesThatAreInstitutionsAreNoCasualties(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Extract(sentence).First(f => f.Value == (decimal)value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void BodiesRecoveredAreStillATollOfPeople()
    {
        var fact = QuantityTestText.Single("Divers recovered seven bodies from the lake.");
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("About 200 people were in shelters on Monday.", "people")]
    [InlineData("Some 3,000 residents were sheltering at the stadium.", "people")]
    public void PeopleInAShelterAreStillSheltering(string sentence, string unit)
    {
        var people = QuantityTestText.First(sentence);
        Assert.Equal(unit, people.Unit);
        Assert.Equal(QuantityCategory.Displacement, people.Category);
    }

    [Fact]
    public void ReadsTheEventPastAnAsideAfterMore()
    {
        var facts = QuantityTestText.Extract("Two guards died; about ten more, including a driver, were hurt.");
        var more = Assert.Single(facts, f => f.Value == 10m);
        Assert.Equal(QuantityCategory.Casualties, more.Category);
        Assert.Equal("people", more.Unit);
    }

    [Theory]
    [InlineData("At least nine, including three children, were killed.", 3, "children")]
    [InlineData("Eleven people were injured, including two firefighters.", 2, "firefighters")]
    [InlineData("The landslide killed six, including four miners.", 4, "miners")]
    [InlineData("The landslide killed 14, including three children.", 3, "children")]
    [InlineData("The fire injured 1,250, including 40 firefighters.", 40, "firefighters")]
    public void GivesAnIncludedPartTheEventOfItsWhole(string sentence, int part, string counted)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == part);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Contains(counted, fact.About);
    }

    [Fact]
    public void LeavesAnIncludedPartWithoutAnEventAlone()
    {
        var fact = Assert.Single(QuantityTestText.Extract("The museum bought twelve paintings, including five portraits."), f => f.Value == 5m);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void GivesAPeopleCountInAnAppositionTheVerbAfterIt()
    {
        var fact = Assert.Single(QuantityTestText.Extract("Half of the patients, over 300 people, have died."), f => f.Value == 300m);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void KeepsABareFigureInAnAppositionAnAge()
    {
        var fact = QuantityTestText.Single("The bishop, 79, died on Sunday.");
        Assert.Equal("years", fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void CountsPeopleInABareFigureThatWasAboard()
    {
        var fact = Assert.Single(QuantityTestText.Extract("Some 30 were aboard the ferry when it ran aground."), f => f.Value == 30m);
        Assert.Equal("people", fact.Unit);
        Assert.Contains("aboard", fact.About);
    }

    [Fact]
    public void TakesTheUnitFromASubjectThatIsAUnit()
    {
        var fact = QuantityTestText.First("Officials said the earthquake's magnitude was 5.5 on Saturday.");
        Assert.Equal(5.5m, fact.Value);
        Assert.Equal("magnitude", fact.Unit);
    }

    [Theory]
    [InlineData("The tremor, measuring 5.2, shook the valley.")]
    [InlineData("An earthquake that measured 6.7 struck before dawn.")]
    public void ReadsWhatAQuakeMeasuredAsItsMagnitude(string sentence)
    {
        Assert.Equal("magnitude", QuantityTestText.Single(sentence).Unit);
    }

    [Fact]
    public void ReadsAMeasuredLengthNearAQuakeAsALength()
    {
        Assert.Equal("km", QuantityTestText.Single("The quake zone, measuring 40 km across, was sealed off.").Unit);
    }

    [Fact]
    public void ReadsDegreesFromTheDegreeSign()
    {
        Assert.Equal("degrees", QuantityTestText.Single("The road was built at a 12\u00B0 slope.").Unit);
        Assert.Equal("celsius", QuantityTestText.Single("The samples were kept at 28\u00B0 Celsius.").Unit);
    }

    [Fact]
    public void IgnoresOneAfterOther()
    {
        Assert.Empty(QuantityTestText.Extract("But the other one probably not."));
    }
}

public class EventScopeTests
{
    [Theory]
    [InlineData("The residents had to flee the ten-storey building.", QuantityCategory.Other)]
    [InlineData("The outbreak led to the killing of over 300,000 pigs.", QuantityCategory.Other)]
    [InlineData("Officials confirmed 12 new deaths on Sunday.", QuantityCategory.Casualties)]
    [InlineData("He suffered two deep wounds.", QuantityCategory.Other)]
    [InlineData("The flood killed 40 people in the valley.", QuantityCategory.Casualties)]
    [InlineData("A truck crash left seven motorcyclists dead.", QuantityCategory.Casualties)]
    [InlineData("The attack killed seven riders.", QuantityCategory.Casualties)]
    public void AppliesCasualtyAndDisplacementEventsOnlyToCountsOfPeople(string sentence, QuantityCategory category)
    {
        Assert.Equal(category, QuantityTestText.First(sentence).Category);
    }

    [Fact]
    public void DoesNotRepeatTheEventInTheName()
    {
        Assert.Equal("InjuredPeople", QuantityTestText.Single("Doctors treated 93 injured people.").Name);
    }
}

public class DisplacementAndPopulationTests
{
    [Theory]
    [InlineData("About 300 residents lost their homes in the fire.", 300, QuantityCategory.Displacement)]
    [InlineData("Some 2,000 villagers were forced to flee.", 2000, QuantityCategory.Displacement)]
    [InlineData("The town has a population of 12,000.", 12000, QuantityCategory.Population)]
    [InlineData("Over 2,000 residents have been relocated.", 2000, QuantityCategory.Displacement)]
    [InlineData("More than 10,000 people are living in temporary shelters.", 10000, QuantityCategory.Displacement)]
    [InlineData("About 50,000 people live in the valley.", 50000, QuantityCategory.Population)]
    public void ReadsDisplacementAndPopulationPhrasings(string sentence, double value, QuantityCategory category)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(category, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Fact]
    public void ReadsTheCurrencyOfAVagueAmount()
    {
        var fact = QuantityTestText.Single("The flood caused millions of dollars in damage.");
        Assert.Equal("usd", fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("The charity has spent thousands of Euros on legal fees.", "eur")]
    [InlineData("Smugglers moved millions of Nigerian naira across the border.", "ngn")]
    [InlineData("Farmers lost hundreds of thousands of Canadian dollars to the drought.", "cad")]
    public void ReadsACapitalisedOrCountryCurrencyOfAVagueAmount(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void ACurrencyWordOpeningALongerNameIsNoCurrency()
    {
        Assert.NotEqual(QuantityCategory.Money, QuantityTestText.Single("Thousands of Rand Corporation staff signed the letter.").Category);
    }

    [Fact]
    public void ReadsTheEventAfterAFigureJoinedByAnd()
    {
        var fact = QuantityTestText.First("Two hikers in the northern valley and three in the pass were killed by the avalanche.");
        Assert.Equal(2m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }
}
