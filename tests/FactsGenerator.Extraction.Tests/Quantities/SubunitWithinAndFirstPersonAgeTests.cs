using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class SubunitCurrencyTests
{
    [Theory]
    [InlineData("A cup of coffee at the kiosk costs 80 cents.", 0.8, "usd")]
    [InlineData("The stamp now sells for 65 pence.", 0.65, "gbp")]
    [InlineData("Bread rose by 40 kopecks a loaf.", 0.4, "rub")]
    [InlineData("A tram ticket costs 50 kopeks.", 0.5, "rub")]
    [InlineData("A matchbox costs 75 paise at the stall.", 0.75, "inr")]
    [InlineData("A roll at the bakery costs 60 groszy.", 0.6, "pln")]
    public void StatesACurrencysHundredthPartInTheMainUnit(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void LeavesPerCentAShare()
    {
        var fact = QuantityTestText.First("Turnout fell to 45 per cent this year.");
        Assert.Equal(45m, fact.Value);
        Assert.Equal("percent", fact.Unit);
    }
}

public class WithinBoundTests
{
    [Theory]
    [InlineData("The ferry sank within 200 metres of the pier.", 200)]
    [InlineData("Officials promised a decision within three weeks.", 3)]
    [InlineData("The parcel should arrive within an hour of the order.", 1)]
    public void ReadsWithinAsAnUpperBound(string sentence, double value)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(Qualifier.UpTo, fact.Qualifier);
    }

    [Fact]
    public void KeepsAFigureAfterWithinTheLastExact()
    {
        var fact = QuantityTestText.First("Prices doubled within the last 40 days.");
        Assert.Equal(40m, fact.Value);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
    }
}

public class FirstPersonAgeTests
{
    [Theory]
    [InlineData("I am 34 now, and I still ride every day.", 34)]
    [InlineData("My brother moved away. I am 52.", 52)]
    [InlineData("I am 61, almost retired.", 61)]
    public void ReadsIAmAndABareNumberAsTheSpeakersAge(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("years", fact.Unit);
        Assert.Contains("Age", fact.Name);
    }

    [Theory]
    [InlineData("I am one of nine children.")]
    [InlineData("I am 12 points behind the leader.")]
    public void DoesNotReadACountAfterIAmAsAnAge(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == "years");
    }
}
