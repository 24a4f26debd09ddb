using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Spaced thousands, ringgit, shares listed after place names and a definite age said twice.</summary>
public class SpacedThousandsAndListedShareTests
{
    [Theory]
    [InlineData("Some 160 000 dock workers downed tools on Monday.", 160000)]
    [InlineData("The union says 45 500 members voted for the strike.", 45500)]
    [InlineData("Officials counted 1 250 000 ballots by midnight.", 1250000)]
    [InlineData("The fund lent R2 300 000 to small farmers.", 2300000)]
    public void ReadsThousandsSetOffBySpacesAsOneFigure(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
    }

    [Theory]
    [InlineData("Rows 4 and 12 were left empty, and 3 100 seats were sold.", 3100, 12100)]
    [InlineData("On June 9 300 tenants were moved to a school hall.", 300, 9300)]
    [InlineData("Under Clause 144 600 traders were fined.", 600, 144600)]
    public void KeepsAFigureBeforeTheGroupsApart(string sentence, double value, double joined)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value);
        Assert.DoesNotContain(facts, f => f.Value == (decimal)joined);
    }

    [Theory]
    [InlineData("The company paid RM2.5 million to the suppliers.", 2500000)]
    [InlineData("The gang stole S$3 million (RM9.6 million) from the vault.", 9600000)]
    [InlineData("Each stall owner owes RM12,000 in back rent.", 12000)]
    public void ReadsRinggitGluedToDigits(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == "myr" && f.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("In the north the turnout was 61.5 per cent, Kandy 58 per cent and Galle 47.25 per cent.", 58, 47.25)]
    [InlineData("The pass rate was 70 per cent in Leeds, Bristol 66 per cent and Hull 71.5 per cent.", 66, 71.5)]
    [InlineData("Support stood at 40 percent, Oregon 38 percent and Idaho 35 percent.", 38, 35)]
    public void KeepsASharePlacedByANameBeforeIt(string sentence, double first, double second)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)first && f.Unit == "percent");
        Assert.Contains(facts, f => f.Value == (decimal)second && f.Unit == "percent");
    }

    [Fact]
    public void StillReadsANumberAfterANameWithoutAShareAsALabel()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The Boeing 737 was grounded after the incident."), f => f.Value == 737m);
    }

    [Theory]
    [InlineData("A 54-year-old Kenyan man was arrested on Monday. Police said the 54-year-old Kenyan had fled in 2019.")]
    [InlineData("A 27-year-old Ghanaian trader was robbed. The 27-year-old Ghanaian told police he lost his savings.")]
    [InlineData("A 19-year-old student nurse was hurt. Doctors said the 19-year-old nurse would recover.")]
    public void DropsADefiniteAgeThatPointsBackToTheSamePerson(string text)
    {
        Assert.Single(QuantityTestText.Extract(text), f => f.Unit == "years");
    }

    [Fact]
    public void KeepsTheSameAgeOfAnotherPerson()
    {
        var facts = QuantityTestText.Extract("A 40-year-old teacher was injured. Police later arrested the 40-year-old driver of the van.");
        Assert.Equal(2, facts.Count(f => f.Unit == "years"));
    }
}
