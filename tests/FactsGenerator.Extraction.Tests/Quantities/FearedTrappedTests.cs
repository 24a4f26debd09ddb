using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// People feared, believed or presumed trapped, or still trapped, are a casualty figure; people plainly trapped or freed
/// are not.
/// </summary>
public class FearedTrappedTests
{
    [Theory]
    [InlineData("Nine others were feared trapped beneath the collapsed roof.", 9)]
    [InlineData("Crews searched for three people believed trapped in the mine.", 3)]
    [InlineData("Another 14 were trapped and presumed dead after the blast.", 14)]
    [InlineData("Rescuers said 18 miners remain trapped below the surface.", 18)]
    [InlineData("Three porters remained trapped in the cellar on Friday.", 3)]
    [InlineData("Officials said five workers were still trapped on Sunday.", 5)]
    public void PeopleFearedTrappedAreCasualties(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("Firefighters freed 22 trapped drivers from the tunnel.", 22)]
    [InlineData("Some 40 hikers were reported to be trapped by the snow.", 40)]
    [InlineData("Crews reached 12 drivers who had been trapped in the tunnel.", 12)]
    [InlineData("Four residents were still trapped when firefighters arrived, but all were brought out unharmed within minutes.", 4)]
    [InlineData("Six tenants remained trapped on the roof until crews rescued them at dawn.", 6)]
    [InlineData("About 200 cars remained trapped on the motorway overnight.", 200)]
    public void PeoplePlainlyTrappedAreNoCasualties(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void ThingsStillTrappedKeepWhatTheyAre()
    {
        var cars = QuantityTestText.Extract("About 200 cars remained trapped on the Tarsk motorway overnight.").Single(f => f.Value == 200m);
        Assert.Equal("cars trapped", cars.About);
    }
}
