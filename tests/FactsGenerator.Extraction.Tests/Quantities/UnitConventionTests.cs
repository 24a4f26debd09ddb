using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Units written the way readers compare them: people for any kind of person, measures by their usual symbol.</summary>
public class UnitConventionTests
{
    [Theory]
    [InlineData("The vote ousted six MPs from the chamber.", 6, "people")]
    [InlineData("Four deputies signed the letter.", 4, "people")]
    [InlineData("The board hired two engineers last spring.", 2, "people")]
    [InlineData("The court gained one additional justice.", 1, "people")]
    [InlineData("The rally drew 300 chairs and a stage.", 300, "chairs")]
    [InlineData("Three pundits predicted a landslide.", 3, "people")]
    [InlineData("Two volunteer developers maintain the code.", 2, "people")]
    [InlineData("Police questioned 14 looters overnight.", 14, "people")]
    [InlineData("The lab grew the cells in three media.", 3, "media")]
    public void CountsOfficesAndKindsOfPeopleAsPeople(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("The oven was set to 220°C for the bread.", 220, "celsius")]
    [InlineData("The oven was set to 425°F for the bread.", 425, "fahrenheit")]
    [InlineData("Temperatures reached 41 degrees Celsius in the valley.", 41, "celsius")]
    [InlineData("The town sweltered at 44.2C on Friday.", 44.2, "celsius")]
    [InlineData("Highs near 98F are expected.", 98, "fahrenheit")]
    // A scale letter set apart by a space, in a sentence about temperature (not "cs"/"fs").
    [InlineData("The highest temperature in Velmar on Sunday was 33.2 C, the agency said.", 33.2, "celsius")]
    [InlineData("The temperature also hit 37 C in Orrin.", 37, "celsius")]
    [InlineData("Highs of 102 F are expected in Orrin.", 102, "fahrenheit")]
    [InlineData("The fever peaked at 103 degrees Fahrenheit overnight.", 103, "fahrenheit")]
    [InlineData("The ramp turns through 90° at the top.", 90, "degrees")]
    [InlineData("The parcel weighed 12 pounds when it arrived.", 12, "pounds")]
    [InlineData("Customs found eight pounds of heroin in the van.", 8, "pounds")]
    [InlineData("The dog is a sturdy 30 lbs now.", 30, "lb")]
    [InlineData("The striker cost 40 million pounds last summer.", 40000000, "gbp")]
    [InlineData("The prize was 5,000 pounds (about $6,300) this year.", 5000, "gbp")]
    [InlineData("The lander can carry up to 900 pounds (408 kilograms) to the surface.", 900, "pounds")]
    [InlineData("The crane lifts 6,000 pounds (2.7 tonnes) at full reach.", 6000, "pounds")]
    [InlineData("The bag held 4 kilos of rice.", 4, "kg")]
    [InlineData("The thieves took 3 ounces of gold.", 3, "oz")]
    [InlineData("The trail runs 12 mi along the coast.", 12, "miles")]
    [InlineData("The reserve covers 415 km2 of wetland.", 415, "square km")]
    [InlineData("The reserve covers 30 sq km of wetland.", 30, "square km")]
    [InlineData("The warehouse has 35,000 square feet of floor space.", 35000, "square feet")]
    [InlineData("The tank holds 2 cubic metres of water.", 2, "cubic metres")]
    [InlineData("The new plant will produce 3 GW of power.", 3, "gigawatts")]
    [InlineData("Sound moves at 340 metres per second in air.", 340, "m/s")]
    [InlineData("The comet passed 40 light-years from the star.", 40, "light years")]
    public void NormalisesMeasures(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(unit == "gbp", fact.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("The camp holds about 9,000 refugees, down from a peak of over 20,000 last year.", 20000, "people")]
    [InlineData("The lake covers 12 hectares (30 acres), up from 9 in 2010.", 9, "hectares")]
    public void AFigureChangedFromCountsWhatTheNewFigureCounts(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("The mast is 40 m tall.", "m")]
    [InlineData("The mast is 40 metres tall.", "metres")]
    [InlineData("The mast is 40 meters tall.", "meters")]
    [InlineData("Gusts of 90 kph hit the pier.", "kph")]
    [InlineData("Gusts of 90 m.p.h. hit the pier.", "mph")]
    [InlineData("The mast is 130 feet tall.", "feet")]
    public void KeepsALengthsSymbolOrWordAsWritten(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }

    [Theory]
    [InlineData("Changing the charter takes a two-thirds majority of the council.", 0.667)]
    [InlineData("The tail is roughly a fifth part of its length.", 0.2)]
    public void ReadsAFractionOfAWholeAsAFraction(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("fraction", fact.Unit);
    }

    [Theory]
    [InlineData("The boat sank less than a kilometre from the pier.", Qualifier.FewerThan, "km")]
    [InlineData("The flood water rose more than a metre overnight.", Qualifier.MoreThan, "metres")]
    public void ReadsABoundOnOneUnitOfMeasure(string sentence, Qualifier qualifier, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(1m, fact.Value);
        Assert.Equal(qualifier, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("The school is a mile from the river.")]
    [InlineData("Nearly a metre of snow fell overnight.")]
    public void LeavesOneUnitOfMeasureWithoutABoundAlone(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void ReadsWhatAnAreaCovers()
    {
        var fact = QuantityTestText.Single("The fire burned 20 square miles of pine forest.");
        Assert.Contains("forest", fact.About);
    }

    [Fact]
    public void KeepsTheDimensionAdjectiveInTheEvidence()
    {
        var fact = QuantityTestText.Single("The new bridge is 75 metres long.");
        Assert.Equal("75 metres long", fact.Evidence.Text);
        Assert.Equal("metres", fact.Unit);
    }

    [Fact]
    public void DoesNotTakeAnEarlierFiguresUnitAsTheSubject()
    {
        var facts = QuantityTestText.Extract("The car reached 120 kph and later 75 mph on the track.");
        Assert.Equal(2, facts.Count);
        Assert.DoesNotContain("kph", facts[1].About);
    }

    [Fact]
    public void DoesNotTakeWhatAnEarlierFigureMeasuredAsTheSubject()
    {
        var facts = QuantityTestText.Extract("The estate has 40 hectares of vineyard and 300 acres in total.");
        Assert.Equal(2, facts.Count);
        Assert.DoesNotContain("vineyard", facts[1].About);
    }

    [Fact]
    public void KeepsAUnitNounThatNamesItsOwnFigure()
    {
        var fact = QuantityTestText.Single("The ferry's tonnage was 2,300.");
        Assert.Equal("gross tonnage", fact.Unit);
    }
    [Theory]
    [InlineData("Tickets cost CDN$45 at the door.", 45, "cad")]
    [InlineData("The sofa sold for R$900 online.", 900, "brl")]
    [InlineData("A meal costs ₩9,000 near the station.", 9000, "krw")]
    [InlineData("The vendor charged ₦1,500 per bag.", 1500, "ngn")]
    [InlineData("The court imposed a fine of 300 Swiss francs.", 300, "chf")]
    [InlineData("The mayor paid 4,000 Mexican pesos for the permit.", 4000, "mxn")]
    [InlineData("The club raised two million Hong Kong dollars.", 2000000, "hkd")]
    [InlineData("The charity received 500 Sri Lankan rupees from each donor.", 500, "lkr")]
    [InlineData("The contract is worth 1.5 million USD over five years.", 1500000, "usd")]
    [InlineData("They bought the flat for 500,000 reais in cash.", 500000, "brl")]
    [InlineData("The budget stands at 40 billion rupiah.", 40000000000, "idr")]
    public void ReadsCurrenciesBySignCodeOrCountry(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void DoesNotReadABrandAfterANumberAsACurrencyCode()
    {
        var fact = QuantityTestText.Single("The laptop has two AMD chips inside.");
        Assert.NotEqual(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void DoesNotTakeAnEarlierSumsCurrencyAsTheSubject()
    {
        var facts = QuantityTestText.Extract("The fee was 300 Swiss francs or 4,000 Mexican pesos.");
        Assert.Equal(2, facts.Count);
        Assert.DoesNotContain("francs", facts[1].About);
    }
    [Theory]
    [InlineData("Gusts reached 90 kilometers per hour on the ridge.", "kilometers per hour")]
    [InlineData("The convoy drove 800 km before dawn.", "convoy")]
    [InlineData("The ferry sailed 40 nautical miles.", "miles")]
    public void SaysWhatAMeasureIsInTheTextsOwnWords(string sentence, string word)
    {
        Assert.Contains(word, QuantityTestText.First(sentence).About);
    }
    [Fact]
    public void CountsWhatAPossessiveNameAfterOfOwns()
    {
        var fact = QuantityTestText.First("The senator won all 12 of Vermont's delegates.");
        Assert.Equal(12m, fact.Value);
        Assert.Equal("delegates", fact.Unit);
        Assert.Contains("delegates", fact.About);
    }

    [Theory]
    [InlineData("The party won 41 seats in the election.", "seats")]
    [InlineData("She secured 14 delegates in the caucuses.", "delegates")]
    [InlineData("The motion passed with 230 votes.", "votes")]
    public void ElectionCountsAreCountedInTheirOwnUnit(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.First(sentence).Unit);
    }

    [Theory]
    [InlineData("Some 1.5m people signed the petition.", 1500000, "people")]
    [InlineData("The town has 300k residents.", 300000, "people")]
    [InlineData("The network claims 2bn accounts.", 2000000000, "accounts")]
    [InlineData("The fund raised 3mn pledges.", 3000000, "pledges")]
    [InlineData("She won the 100m sprint in record time.", 100, "m")]
    [InlineData("She is a 200m swimmer from the north.", 200, "m")]
    [InlineData("The 400m runner won gold in the final.", 400, "m")]
    public void ReadsAScaleLetterBeforeANounOfPeopleAsItsScale(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }
}
