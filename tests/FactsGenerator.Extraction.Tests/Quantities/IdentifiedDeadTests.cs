using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A bare figure said to have been identified, after the dead are named earlier in its sentence, counts identified dead
/// people; a figure with a noun of its own, one identified "as" something, or one with no dead named, does not.
/// </summary>
public class IdentifiedDeadTests
{
    [Theory]
    [InlineData("Of those who died in the fire, 14 have been identified, the coroner said.", 14)]
    [InlineData("Twenty-two bodies were pulled from the river, of whom nine have been identified.", 9)]
    [InlineData("Among the victims of the collapse, 31 had so far been identified by relatives.", 31)]
    public void IdentifiedDeadAreACasualtyFigure(string sentence, int count)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == count);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Theory]
    [InlineData("Police said three suspects have been identified after the robbery in Orrin.", 3)]
    [InlineData("Five guards were killed and two have been identified as the attackers.", 2)]
    [InlineData("Of the 40 applicants, 12 have been identified for the next round.", 12)]
    [InlineData("Investigators said the attack killed 12 people and three attackers fled; two have been identified.", 2)]
    [InlineData("Police said the gunmen who killed four guards fled, and two have been identified.", 2)]
    public void OtherFiguresIdentifiedAreNoToll(string sentence, int count)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == count);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }
}
