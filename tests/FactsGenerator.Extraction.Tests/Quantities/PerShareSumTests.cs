using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A sum per share ("61 cents a share", "$1.20 per share") is read like a dollar price per share, named after the sum it
/// is ("earnings per share"); a total set against an earlier total is not about its price per share.
/// </summary>
public class PerShareSumTests
{
    [Theory]
    [InlineData("Brokers had forecast 61 cents per share for the quarter.", 0.61)]
    [InlineData("The writedown cut quarterly results by seven cents a share.", 0.07)]
    [InlineData("The lender earned 38 pence a share in the half.", 0.38)]
    public void AHundredthPerShareIsASumPerShare(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(QuantityCategory.Money, fact.Category);
        Assert.Contains("per share", fact.About);
        Assert.Contains("share", fact.Evidence.Text);
    }

    [Fact]
    public void ASumPerShareKeepsTheNounOfTheSum()
    {
        var fact = QuantityTestText.Single("The board approved a dividend of 31 cents per share.");
        Assert.Equal("dividend per share", fact.About);
        Assert.Equal(0.31m, fact.Value);
    }

    [Fact]
    public void APerShareRestatementTakesTheRestatedSumsNoun()
    {
        var facts = QuantityTestText.Extract("Net income climbed to $75 million, or $1.40 a share.");
        Assert.Contains(facts, f => f.Value == 1.40m && f.About == "income per share");
        Assert.Contains(facts, f => f.Value == 75_000_000m && f.About != null && f.About.Contains("income") && !f.About.Contains("per share"));
    }

    [Fact]
    public void AComparedTotalIsNotAPricePerShare()
    {
        var facts = QuantityTestText.Extract("Profit fell to $3.1 billion, or 72 cents per share, from $3.9 billion, or 91 cents per share, a year earlier.");
        Assert.Equal("profit", facts.Single(f => f.Value == 3_900_000_000m).About);

        Assert.Contains(facts, f => f.Value == 0.72m && f.About == "profit per share");
    }

    [Fact]
    public void ARestatementAfterAPerShareRestatementIsPerShareToo()
    {
        var facts = QuantityTestText.Extract("The miner earned $4.2 billion, or 88 cents a share, against $3.3 billion, or 69 cents, in the same quarter last year.");
        Assert.Contains(facts, f => f.Value == 0.69m && f.About.Contains("per share"));
        Assert.DoesNotContain(facts, f => f.Value == 3_300_000_000m && f.About.Contains("per share"));
    }

    [Fact]
    public void AComparedTotalAfterAPerShareRestatementIsAboutTheTotal()
    {
        var facts = QuantityTestText.Extract("Profit rose to $4.2 billion, or 88 cents a share, compared with $3.3 billion, or 69 cents, a year earlier.");
        Assert.Equal("profit", facts.Single(f => f.Value == 3_300_000_000m).About);
    }

    [Theory]
    [InlineData("The carmaker paid a dividend of 90 cents per share, or $1.2 billion.")]
    [InlineData("The carmaker paid a dividend of 90 cents per share, or about $1.2 billion in total.")]
    public void ATotalRestatingASumPerShareIsThatSumWhole(string sentence)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == 0.90m && f.About == "dividend per share");
        Assert.Equal("dividend", facts.Single(f => f.Value == 1_200_000_000m).About);
    }

    [Fact]
    public void AHundredthPerLitreIsPricedInLitres()
    {
        var fact = QuantityTestText.Single("Diesel rose 4 pence a litre over the week.");
        Assert.Equal(0.04m, fact.Value);
        Assert.Equal("gbp per litre", fact.Unit);
    }

    [Theory]
    [InlineData("The levy adds 5 pence a litre to the bill.", 0.05, "levy per litre", "gbp per litre")]
    [InlineData("The duty rose by 3 pence a litre in the spring.", 0.03, "duty per litre", "gbp per litre")]
    public void AChargePerMeasureIsNamedAfterTheCharge(string sentence, double value, string about, string unit)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(about, fact.About);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("A pint now costs 45 pence more than last spring.", 0.45)]
    [InlineData("Tolls rise by 20 cents a day from March.", 0.2)]
    public void AHundredthPerAnythingButAPricedThingIsNoPricePerShare(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.DoesNotContain("per share", fact.About);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }
}
