using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>The same age set after two different names ("Ana Ruiz, 21, ... Li Wei, 21") is two people's ages.</summary>
public class AgesOfListedPeopleTests
{
    [Fact]
    public void KeepsEqualAgesOfDifferentPeople()
    {
        var facts = QuantityTestText.Extract("Police named the suspects as Ana Ruiz, 21, Tom Baker, 24, Paul Smith, 21, and Li Wei, 19.");
        Assert.Equal(2, facts.Count(f => f.Value == 21m && f.Unit == "years"));
        Assert.Single(facts, f => f.Value == 24m);
        Assert.Single(facts, f => f.Value == 19m);
    }

    [Fact]
    public void DropsTheSamePersonsAgeSaidAgain()
    {
        var facts = QuantityTestText.Extract("Police charged Ana Ruiz, 21, on Monday. A judge freed Ruiz, 21, on bail.");
        Assert.Single(facts, f => f.Value == 21m && f.Unit == "years");
    }
}
