using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A headline toll repeated by a body count of people whose sentence tells the same toll later on.</summary>
public class HeadlineTollRepeatTests
{
    [Theory]
    [InlineData("Twelve killed as ferry sinks\n\nAt least 12 passengers were yesterday killed when the ferry sank off the coast.")]
    [InlineData("Four dead in warehouse fire\n\nBy noon, four of the nine workers taken from the warehouse had been declared deceased.")]
    [InlineData("Three killed in mine blast\n\nOfficials said three men working the night shift on Monday were killed.")]
    [InlineData("5,000 flee fighting\n\nAid groups said 5,000 villagers from the border district had by then fled.")]
    public void SkipsTheHeadlineTollTheBodyCountOfPeopleRepeats(string text)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.NotEmpty(facts);
        Assert.DoesNotContain(facts, f => f.Evidence.Line == 1);
    }

    [Fact]
    public void KeepsTheHeadlineTollWhenTheCountOfPeopleComesAfterTheTollWord()
    {
        var facts = QuantityTestText.Extract("Bus crash leaves two dead\n\nOne passenger died at the scene, and two drivers were unhurt.");
        var toll = Assert.Single(facts, f => f.Value == 2m && f.Category == QuantityCategory.Casualties);
        Assert.Equal("two dead", toll.Evidence.Text);
    }

    [Fact]
    public void KeepsTheHeadlineTollWhenTheBodyCountIsOfThings()
    {
        var facts = QuantityTestText.Extract("Storm leaves three dead\n\nThe storm felled three bridges before a driver was killed near the coast.");
        Assert.Contains(facts, f => f.Value == 3m && f.Category == QuantityCategory.Casualties && f.Evidence.Text == "three dead");
    }
}
