using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class NumberedLabelTests
{
    [Theory]
    [InlineData("Passengers on the No. 10 city bus were shaken.")]
    [InlineData("She lives at No. 4 on the quiet lane.")]
    [InlineData("The No. 7 train was delayed again.")]
    public void ReadsAFigureAfterNoAsALabel(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void KeepsARankAfterNo()
    {
        Assert.Contains(QuantityTestText.Extract("The single peaked at No. 3 in May."), f => f.Value == 3m && f.Unit == "rank");
    }
}
