using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class VagueStepsAndKnownNumbersTests
{
    [Theory]
    [InlineData("The judge told inspectors to take several preventive measures.")]
    [InlineData("\"We got several reports of flooded cellars,\" the officer said.")]
    [InlineData("Deputies answered multiple reports of gunfire near the stadium.")]
    [InlineData("The board took a few steps to cut costs.")]
    [InlineData("The district was chosen due to the high numbers of mumps infections.")]
    public void DropsAVagueCountOfStepsOrAccountsAndKnownNumbers(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("Rescuers searched several flooded houses in the valley.")]
    [InlineData("Large numbers of refugees crossed the border.")]
    [InlineData("The agency published three reports on the spill.")]
    public void KeepsVagueCountsOfThingsAndExactCountsOfReports(string sentence)
    {
        Assert.NotEmpty(QuantityTestText.Extract(sentence));
    }
}
