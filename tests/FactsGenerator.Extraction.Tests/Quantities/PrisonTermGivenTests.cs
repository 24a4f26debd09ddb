using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class PrisonTermGivenTests
{
    [Theory]
    [InlineData("The former treasurer got six years in prison for bribery.")]
    [InlineData("The smuggler faces up to 10 years behind bars.")]
    [InlineData("The clerk was handed six months in jail.")]
    public void NamesATimeGivenInPrisonTheSentence(string sentence)
    {
        Assert.Contains("sentence", QuantityTestText.Single(sentence).About);
    }

    [Theory]
    [InlineData("He spent eight years in prison before his release.")]
    [InlineData("She got two weeks off work after the crash.")]
    public void LeavesOtherTimesAlone(string sentence)
    {
        Assert.DoesNotContain("sentence", QuantityTestText.Single(sentence).About);
    }
}
