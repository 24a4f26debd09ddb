using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ShortCurrencyPrefixTests
{
    [Theory]
    [InlineData("Dock workers are asking for R4,750 more each month.", 4750, "zar")]
    [InlineData("The province set aside R7 billion for new clinics.", 7000000000, "zar")]
    [InlineData("The county lost Sh12 million in the tender.", 12000000, "kes")]
    [InlineData("A bond of KSh1.5 billion was floated by the board.", 1500000000, "kes")]
    [InlineData("Each trader paid a levy of Ksh250,000 last year.", 250000, "kes")]
    [InlineData("The agency recovered N3 billion from the contractors.", 3000000000, "ngn")]
    [InlineData("Tickets at the fair now cost Rs750 each.", 750, "inr")]
    [InlineData("Crop damage was put at P2.4 billion by the department.", 2400000000, "php")]
    [InlineData("Each family will receive P10,000 in cash aid.", 10000, "php")]
    [InlineData("The trust paid Rs1,62,540 to each weaver.", 162540, "inr")]
    public void ReadsDigitsGluedAfterAShortCurrencyPrefixAsMoney(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("Traffic on the R61 was backed up for hours.")]
    [InlineData("Volunteers handed out N95 masks at the gate.")]
    [InlineData("The team found an R1.2 reading in the ward.")]
    [InlineData("The P4 class was moved to the hall.")]
    public void LeavesASingleLetterBeforeDigitsWithoutACommaOrScaleAsALabel(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("R2,500", "R")]
    [InlineData("Sh40", "Sh")]
    [InlineData("KSh3.2", "KSh")]
    [InlineData("Rs900", "Rs")]
    [InlineData("P3.1", "P")]
    [InlineData("B52", null)]
    [InlineData("Rx5", null)]
    public void FindsShortCurrencyPrefixesGluedToDigits(string word, string? prefix)
    {
        Assert.Equal(prefix, NumberReader.GluedPrefix(word));
    }
}
