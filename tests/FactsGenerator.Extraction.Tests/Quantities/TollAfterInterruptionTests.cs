using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A toll's verb separated from its count: a word of time inside the auxiliary chain ("were today killed"), a listing
/// verb before "as" ("officially registered as missing"), a hedge set off by commas ("believed to be in their 30s"), a
/// long ", including ..." part that tells its own event, and injuries quoted or given with two joined modifiers.
/// </summary>
public class TollAfterInterruptionTests
{
    [Theory]
    [InlineData("At least 12 pilgrims were today killed when their van overturned near Orrin.", 12)]
    [InlineData("Some 300 families have again been evacuated from the river bank.", 300)]
    [InlineData("The port authority said 41 sailors have been officially registered as missing.", 41)]
    [InlineData("Two hikers, believed to be in their twenties, died in the avalanche.", 2)]
    [InlineData("Three men, thought to be brothers, were killed in the blast.", 3)]
    [InlineData("Last year at least 30 miners, including 12 killed by a rockfall in a single shift, died at the Velm pits.", 30)]
    [InlineData("Officials said about 50 people suffered \"minor to serious injuries\" in the crush.", 50)]
    [InlineData("Police said 14 fans complained of neck and shoulder injuries after the stand gave way.", 14)]
    [InlineData("The hospital said it had treated four pupils; two complained of back and neck injuries.", 2)]
    public void TheTollVerbAfterTheInterruptionGivesTheEvent(string sentence, int count)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == count);
        Assert.Contains(fact.Category, new[] { QuantityCategory.Casualties, QuantityCategory.Displacement });
        Assert.Equal(sentence.Contains("families") ? "families" : "people", fact.Unit);
    }

    [Theory]
    [InlineData("Two men, said to be brothers, were arrested at the border.", 2)]
    [InlineData("The 40 delegates were today welcomed at the town hall.", 40)]
    [InlineData("Some 200 voters have been officially registered as residents of the new ward.", 200)]
    [InlineData("Four guests, believed to be in their 50s, checked out of the hotel.", 4)]
    public void AnInterruptionBeforeAnotherVerbGivesNoToll(string sentence, int count)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == count);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }
}
