using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class QualifierTests
{
    [Theory]
    [InlineData("More than 5,000 residents have taken shelter.", 5000, Qualifier.MoreThan)]
    [InlineData("Over 1,000 escape rooms operate in Poland.", 1000, Qualifier.MoreThan)]
    [InlineData("Police said at least 56 people died.", 56, Qualifier.AtLeast)]
    [InlineData("The storm destroyed about 300 homes.", 300, Qualifier.About)]
    [InlineData("Around two million indigenous people live in the highlands.", 2000000, Qualifier.About)]
    [InlineData("The fire burned roughly 40 hectares.", 40, Qualifier.About)]
    [InlineData("Some 200 families were evacuated.", 200, Qualifier.About)]
    [InlineData("Nearly 2,000 people attended the march.", 2000, Qualifier.About)]
    [InlineData("Almost 90 villages lost power.", 90, Qualifier.About)]
    [InlineData("Up to 300 workers could lose their jobs.", 300, Qualifier.UpTo)]
    [InlineData("As many as 40 boats sank in the harbour.", 40, Qualifier.UpTo)]
    [InlineData("Fewer than 20 patients remain in hospital.", 20, Qualifier.FewerThan)]
    [InlineData("Less than 10 percent of voters turned out.", 10, Qualifier.FewerThan)]
    [InlineData("An estimated 12,000 people fled the town.", 12000, Qualifier.About)]
    [InlineData("Death tolls reported by officials exceeded 100.", 100, Qualifier.MoreThan)]
    [InlineData("No fewer than 30 ships joined the search.", 30, Qualifier.AtLeast)]
    [InlineData("The clip drew at least about three million views.", 3000000, Qualifier.AtLeast)]
    [InlineData("The fund raised more than roughly 500 donations.", 500, Qualifier.MoreThan)]
    [InlineData("The rebels took over about a third of the province.", 33.3, Qualifier.About)]
    [InlineData("No more than 50 guests may enter.", 50, Qualifier.UpTo)]
    [InlineData("The project needs 100 volunteers or more.", 100, Qualifier.AtLeast)]
    [InlineData("The queue held 300 people or so.", 300, Qualifier.About)]
    [InlineData("The club has 500-plus members.", 500, Qualifier.AtLeast)]
    [InlineData("She has coached for 20+ years.", 20, Qualifier.AtLeast)]
    [InlineData("Just under 40 students passed the exam.", 40, Qualifier.FewerThan)]
    [InlineData("The inquiry could last as long as two years.", 2, Qualifier.UpTo)]
    [InlineData("Five soldiers were killed on Monday.", 5, Qualifier.Exact)]
    [InlineData("Seventy-two people or more were injured on Sunday.", 72, Qualifier.AtLeast)]
    [InlineData("The gale brought gusts near 140 mph to the coast.", 140, Qualifier.About)]
    [InlineData("We had like 30 volunteers on the first morning.", 30, Qualifier.About)]
    [InlineData("We sold something like 400 jars at the fair.", 400, Qualifier.About)]
    [InlineData("She has run the shelter for going on 9 years.", 9, Qualifier.About)]
    [InlineData("Each tile is like four centimetres or less across.", 4, Qualifier.UpTo)]
    [InlineData("It looks like 12 teams will enter the cup.", 12, Qualifier.Exact)]
    public void ReadsTheQualifierAroundTheNumber(string sentence, double value, Qualifier qualifier)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(qualifier, fact.Qualifier);
    }

    [Theory]
    [InlineData("A ticket costs approximately US$90 or €80 at the door.", 80)]
    [InlineData("The deal is worth about $20 million and $30 million in bonuses.", 30000000)]
    public void ASumJoinedToAnEstimatedSumSharesTheEstimate(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(Qualifier.About, fact.Qualifier);
    }

    [Fact]
    public void AnAlternativeCountIsNotAnEstimateOfTheFirst()
    {
        var facts = QuantityTestText.Extract("Voters can pick about 20 names or 30 parties.");
        Assert.Equal(Qualifier.Exact, facts.Single(f => f.Value == 30m).Qualifier);
    }

    [Theory]
    [InlineData("Several soldiers were wounded in the attack.")]
    [InlineData("Dozens died in the attack.")]
    [InlineData("Hundreds of homes were flooded overnight.")]
    [InlineData("Thousands of protesters gathered outside.")]
    [InlineData("The fate of tens of thousands of residents is unclear.")]
    [InlineData("The flood caused millions of dollars in damage.")]
    public void KeepsVagueCountsAsVagueWithoutValue(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
    }

    [Theory]
    [InlineData("The ship sank about 30 miles (48 km) off the coast.", 48, Qualifier.About)]
    [InlineData("The herd was moved more than 200 miles (320 km) north.", 320, Qualifier.MoreThan)]
    [InlineData("The colony covered roughly 2.5 hectares (6.2 acres) this winter.", 6.2, Qualifier.About)]
    [InlineData("The road runs 30 miles (48 km) along the coast.", 48, Qualifier.Exact)]
    public void GivesABracketedConversionTheHedgeOfTheFigureItRestates(string sentence, double value, Qualifier qualifier)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == (decimal)value);
        Assert.Equal(qualifier, fact.Qualifier);
    }

    [Fact]
    public void ReadsOverBeforeATimeSpanAsExact()
    {
        var fact = QuantityTestText.Single("The talks ran over three days in Geneva.");
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
        Assert.Equal("days", fact.Unit);
    }

    [Fact]
    public void IncludesTheQualifierInTheEvidence()
    {
        Assert.Equal("more than 5,000 residents have taken shelter", QuantityTestText.Single("In the city, more than 5,000 residents have taken shelter.").Evidence.Text);
    }

    [Fact]
    public void SharesAnEstimateWithTheRoundFigureJoinedToIt()
    {
        var facts = QuantityTestText.Extract("Officials counted about 3 million flu cases and 20 thousand deaths last winter.");
        Assert.Contains(facts, f => f.Value == 20000m && f.Qualifier == Qualifier.About);
    }

    [Fact]
    public void KeepsAnUnroundFigureJoinedToAnEstimateExact()
    {
        var facts = QuantityTestText.Extract("The chain sold roughly 900 large and 37 small shops in May.");
        Assert.Contains(facts, f => f.Value == 37m && f.Qualifier == Qualifier.Exact);
    }

    [Fact]
    public void KeepsAFigureJoinedToAnExactOneExact()
    {
        var facts = QuantityTestText.Extract("Police reported 30 arrests and 20 injuries on Sunday.");
        Assert.Contains(facts, f => f.Value == 20m && f.Qualifier == Qualifier.Exact);
    }

    [Theory]
    [InlineData("The storm left cars buried under two feet of snow.", 2, Qualifier.Exact)]
    [InlineData("The bones lay under 3 metres of silt.", 3, Qualifier.Exact)]
    [InlineData("The hull lay under four metres (13 feet) of sand.", 4, Qualifier.Exact)]
    [InlineData("Under 40 percent of voters turned out.", 40, Qualifier.FewerThan)]
    [InlineData("The walk took under two hours.", 2, Qualifier.FewerThan)]
    [InlineData("Under two miles of new track was laid.", 2, Qualifier.FewerThan)]
    public void ReadsUnderBeforeALayersDepthAsExact(string sentence, double value, Qualifier qualifier)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(qualifier, fact.Qualifier);
    }

    [Fact]
    public void KeepsBoundsOnADatingInMillionsOfYears()
    {
        var fact = QuantityTestText.Single("Geologists say the ridge is between 20 and 60 million years old.");
        Assert.Equal(20000000m, fact.Value);
        Assert.Equal(60000000m, fact.UpperValue);
        Assert.Equal(Qualifier.AtLeast, fact.Qualifier);
    }

    [Fact]
    public void KeepsTheEndsOfAnAgeSpanFromZeroExact()
    {
        var fact = QuantityTestText.Single("Children aged 0 to 4 years ride free.");
        Assert.Equal(0m, fact.Value);
        Assert.Equal(4m, fact.UpperValue);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
    }
}
