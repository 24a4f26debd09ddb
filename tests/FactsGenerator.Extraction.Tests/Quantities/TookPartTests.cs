using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"200 officers took part": the idiom, not "took" alone, says what the counted people did.</summary>
public class TookPartTests
{
    [Theory]
    [InlineData("At Orrin Quay, 150 constables took part in the dawn searches.", "constables took part")]
    [InlineData("About 60 volunteers took part, the club said.", "volunteers took part")]
    public void TookPartIsTheVerb(string sentence, string about)
    {
        var fact = QuantityTestText.Extract(sentence).Single();
        Assert.Equal(about, fact.About);
    }
}
