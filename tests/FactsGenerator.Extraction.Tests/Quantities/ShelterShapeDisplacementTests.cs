using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// People staying in, forced into or taken to shelters, relief camps or evacuation centres are displaced, also when the
/// shelters are counted ("in 53 relief camps"); goods sent to a camp and soldiers sent to a training camp are not.
/// </summary>
public class ShelterShapeDisplacementTests
{
    [Theory]
    [InlineData("About 20,000 villagers are staying in 40 makeshift relief camps.", 20000)]
    [InlineData("Some 800 residents were forced into two evacuation centres overnight.", 800)]
    [InlineData("As many as 700 people have taken shelters to evacuation centers, he said.", 700)]
    [InlineData("Nearly 2,000 people were living in 12 relief camps near the river.", 2000)]
    public void PeopleInShelterAreDisplaced(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Displacement, fact.Category);
    }

    [Theory]
    [InlineData("Twenty tonnes of rice were sent to relief camps in the north.", 20)]
    [InlineData("Some 400 recruits were sent to two training camps.", 400)]
    [InlineData("Forty trucks were driven to evacuation centres with supplies.", 40)]
    public void ThingsOrPeopleSentToOtherCampsAreNotDisplaced(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }
}
