using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A building's height in "story" is written in storeys, like "storey"; a plural "stories" stays as written.</summary>
public class StoreyUnitTests
{
    [Theory]
    [InlineData("The quake toppled a six-story office block in Velmar.", 6, "storeys")]
    [InlineData("Fire gutted the three-storey hotel near the Orrin docks.", 3, "storeys")]
    [InlineData("The crane rose to a nine-story height.", 9, "storeys")]
    public void WritesABuildingsHeightInStoreys(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void KeepsThePluralStoriesAsWritten()
    {
        var fact = QuantityTestText.Extract("The lift fell four stories below street level.").Single(f => f.Value == 4m);
        Assert.Equal("stories", fact.Unit);
    }
}
