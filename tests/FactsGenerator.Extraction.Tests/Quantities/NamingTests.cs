using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class NamingTests
{
    [Theory]
    [InlineData("Five soldiers were killed on Monday.", "SoldiersKilled")]
    [InlineData("Among the three aid workers killed was a nurse.", "AidWorkersKilled")]
    [InlineData("More than 5,000 residents have taken shelter at the airport.", "ResidentsSheltering")]
    [InlineData("It followed a 24-hour offensive by the army.", "OffensiveDurationHours")]
    [InlineData("The country was defeated in a 44-day war.", "WarDurationDays")]
    [InlineData("The attack had killed twelve, the governor said.", "PeopleKilled")]
    [InlineData("Rescuers found 35 bodies in the rubble.", "Bodies")]
    [InlineData("The car was followed by two gunmen.", "Gunmen")]
    [InlineData("The fire killed five girls, all aged fifteen.", "GirlsKilled")]
    [InlineData("Some estimated death tolls exceeded 100.", "DeathToll")]
    [InlineData("The party won 365 seats in parliament.", "SeatsWon")]
    [InlineData("Turnout was down by 1.5% of the electorate.", "ElectoratePercent")]
    [InlineData("Around two million indigenous people live in the highlands.", "IndigenousPeople")]
    [InlineData("Officials said 600 casualties were recorded.", "Total")]
    [InlineData("A 6.4 quake struck the coast on Monday.", "QuakeMagnitude")]
    [InlineData("The region suffered a 6.3 magnitude earthquake causing eleven deaths.", "EarthquakeMagnitude")]
    [InlineData("Prices rose by 16 percent last year.", "PricesPercent")]
    [InlineData("Keep a 2 m distance from others.", "Distance")]
    [InlineData("About 2,000 asylum seekers arrived on the island.", "AsylumSeekers")]
    [InlineData("He attracted a billion-dollar project to the city.", "ProjectAttractedUsd")]
    [InlineData("It cost $5 million.", "AmountUsd")]
    [InlineData("Crude traded at $61.20 per barrel on Friday.", "PricePerBarrelTradedUsd")]
    [InlineData("Growers were paid 300 euros a tonne.", "PricePerTonnePaidEur")]
    [InlineData("Unemployment fell to 3.5% in March.", "UnemploymentPercent")]
    [InlineData("The flames reached 1,500 hectares of forest.", "ForestHectares")]
    [InlineData("The bridge, which is 1.2 kilometres long, opened in May.", "BridgeKm")]
    [InlineData("The deal could come close to a billion dollars.", "DealUsd")]
    public void NamesTheFactFromWhatIsCountedAndWhatHappened(string sentence, string name)
    {
        Assert.Equal(name, QuantityTestText.Extract(sentence).First().Name);
    }

    [Fact]
    public void LetsAnExactCountRefineTheSubjectOfAVagueOneInTheNextSentence()
    {
        var facts = QuantityTestText.Extract(
            "The ministry said several of its peacekeepers were killed when their car was shot at. Media later reported that among the four service personnel killed was a deputy commander.");
        var exact = facts.Single(f => f.Value == 4m);
        Assert.Equal("PeacekeepersKilled", exact.Name);
        Assert.Equal(QuantityCategory.Casualties, exact.Category);
        var vague = facts.Single(f => f.Value is null);
        Assert.Equal("SeveralPeacekeepersKilled", vague.Name);
    }

    [Fact]
    public void DoesNotRefineACountThatNamesItsOwnSubject()
    {
        var facts = QuantityTestText.Extract("Several peacekeepers were killed on Monday. Five soldiers were killed on Tuesday.");
        Assert.Equal("SoldiersKilled", facts.Single(f => f.Value == 5m).Name);
    }

    [Fact]
    public void GivesCompetingFiguresDistinctExplainableNames()
    {
        var facts = QuantityTestText.Extract("A spokesman said the attack had killed twelve. Last week a Kabul car bombing killed five.");
        Assert.Equal(new[] { "PeopleKilled", "PeopleKilledKabul" }, facts.Select(f => f.Name).ToArray());
    }

    [Fact]
    public void PrefixesAVagueCountThatClashesWithAnExactOne()
    {
        var facts = QuantityTestText.Extract("Thousands of residents have taken refuge in a camp. More than 5,000 residents have taken shelter at the airport.");
        Assert.Equal("ThousandsResidentsSheltering", facts[0].Name);
        Assert.Equal("ResidentsSheltering", facts[1].Name);
    }

    [Fact]
    public void NumbersANameOnlyWhenNoWordDistinguishesIt()
    {
        var facts = QuantityTestText.Extract("The first ship carried 40 containers. The second ship carried 60 containers. The third ship carried 80 containers.");
        Assert.Equal(3, facts.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void KeepsANameStableWhenAnUnrelatedSentenceIsAdded()
    {
        var before = QuantityTestText.Extract("Five soldiers were killed on Monday.").Single().Name;
        var after = QuantityTestText.Extract("Five soldiers were killed on Monday. The ministry held talks on Tuesday.").Single().Name;
        Assert.Equal(before, after);
    }

    [Fact]
    public void NeverRepeatsANameWithinOneCategory()
    {
        var facts = QuantityTestText.Extract(
            "Twelve people were killed on Monday. Five people were killed on Tuesday. Three people were killed on Wednesday. Dozens of people were killed in all.");
        Assert.Equal(facts.Count, facts.Select(f => f.Category + "." + f.Name).Distinct().Count());
    }

    [Fact]
    public void DistinguishesTwoVagueCountsByAModifier()
    {
        var facts = QuantityTestText.Extract("The talks decide the fate of tens of thousands of ethnic residents. Officials want to drive out the tens of thousands of remaining ethnic residents.");
        Assert.Equal(new[] { "EthnicResidents", "RemainingEthnicResidents" }, facts.Select(f => f.Name).ToArray());
    }

    [Theory]
    [InlineData("One hundred and twenty thousand people are facing a threat.", "Total")]
    [InlineData("Four people were on board the plane.", "PeopleCount")]
    public void AvoidsNamesThatRepeatAClassOfTheLibrary(string sentence, string name)
    {
        Assert.Equal(name, QuantityTestText.Single(sentence).Name);
    }

    [Fact]
    public void NamesTheFigureAShareChangedFrom()
    {
        var facts = QuantityTestText.Extract("Turnout was 62 percent, up from 58 percent in 2015.");
        Assert.Equal(new[] { "TurnoutPercent", "TurnoutPercentEarlier" }, facts.Select(f => f.Name).ToArray());
    }

    [Fact]
    public void NamesAFigureAddedByWithAfterTheSentenceSubject()
    {
        var facts = QuantityTestText.Extract("Attendance fell by 4% of the members last season, with roughly 58% this time.");
        Assert.Contains(facts, f => f.Value == 58m && f.About.Contains("attendance"));
    }

    [Fact]
    public void KeepsTheOwnSubjectOfAFigureAfterWithAndNoComma()
    {
        var facts = QuantityTestText.Extract("The bill passed with 60% of the vote.");
        Assert.DoesNotContain(facts, f => f.About.Contains("bill"));
    }

    [Fact]
    public void ReadsTheCountedNounPastAnAcronymSpelledOutInParentheses()
    {
        var fact = QuantityTestText.First("Dozens of NLF (National Liberation Front) fighters were captured.");
        Assert.Equal(QuantityCategory.Military, fact.Category);
        Assert.Contains("fighters", fact.About);
    }

    [Theory]
    [InlineData("The asking price, to be paid in cash, is 40 million dollars.", "PriceUsd")]
    [InlineData("The fine, the court said, was $5,000.", "FineUsd")]
    public void NamesAFigureAfterItsSubjectAcrossAnAside(string sentence, string name)
    {
        Assert.Equal(name, QuantityTestText.First(sentence).Name);
    }

    [Theory]
    [InlineData("Attendance topped 40,000 on Saturday.", "Attendance")]
    [InlineData("Attendance exceeded 40,000 on Saturday.", "Attendance")]
    [InlineData("Turnout slipped to 41 percent.", "TurnoutPercent")]
    public void NamesAFigureAfterAVerbOfReachByItsSubject(string sentence, string name)
    {
        Assert.Equal(name, QuantityTestText.First(sentence).Name);
    }

    [Fact]
    public void NamesTheFiguresOfAMonthlySeriesAfterTheirMonths()
    {
        var facts = QuantityTestText.Extract("There were 40 cases in March, 55 in April and 61 in May.");
        Assert.Equal(new[] { "Cases", "CasesApril", "CasesMay" }, facts.Select(f => f.Name).ToArray());
    }
}
