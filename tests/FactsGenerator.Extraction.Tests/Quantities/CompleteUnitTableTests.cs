using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class CompleteCurrencyTableTests
{
    [Theory]
    [InlineData("The fine was 4,000 quetzales.", "gtq")]
    [InlineData("Bread now costs 90 bolivares a loaf.", "ves")]
    [InlineData("The grant is worth 2 million meticais.", "mzn")]
    [InlineData("The loan came to 300 million Peruvian soles.", "pen")]
    [InlineData("The prize is 10,000 Brazilian reals.", "brl")]
    [InlineData("He paid 50,000 Czech crowns for the car.", "czk")]
    [InlineData("The budget is GTQ 5 million this year.", "gtq")]
    [InlineData("The bank holds XOF 900 million in deposits.", "xof")]
    public void ReadsEveryCurrencyOfTheStandard(string sentence, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("The pupils got 12 marks out of twenty.")]
    [InlineData("The tour takes in two colon clinics.")]
    public void ACurrencyNameThatIsAnEverydayWordNeedsItsCountry(string sentence)
    {
        Assert.NotEqual(QuantityCategory.Money, QuantityTestText.First(sentence).Category);
    }
}

public class CompleteMeasureTableTests
{
    [Theory]
    [InlineData("The reactor produced 400 terawatts of heat.", "terawatts")]
    [InlineData("The line carries 400 kilovolts.", "kilovolts")]
    [InlineData("The engine makes 300 horsepower.", "horsepower")]
    [InlineData("The pressure fell to 950 millibars.", "millibars")]
    [InlineData("The blast measured 120 decibels.", "decibels")]
    [InlineData("The dose was 20 millisieverts a year.", "millisieverts")]
    [InlineData("The stone weighed 300 carats.", "carats")]
    [InlineData("The drive holds 500 gigabytes.", "GB")]
    [InlineData("The particles are 3 microns wide.", "microns")]
    public void ReadsTheUnitsOfTheSiAndImperialSystems(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.First(sentence).Unit);
    }

    [Theory]
    [InlineData("The talks lasted a fortnight.", 2, "weeks")]
    [InlineData("The site was settled a millennium ago.", 1000, "years")]
    [InlineData("The pulse lasted 30 milliseconds.", 30, "milliseconds")]
    public void ReadsTheLongAndShortUnitsOfTime(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }
}
