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
    [InlineData("Eighteen killed as bus falls\n\nPolice said 18 pilgrims from the coastal town of Orrin, mostly elderly, were killed.")]
    [InlineData("Eighteen killed as bus falls\n\nThe 18 passengers — most of them pilgrims — were killed instantly.")]
    [InlineData("Eighteen killed as bus falls\n\nOf the 40 passengers, 18 pilgrims and the driver were killed.")]
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

    [Theory]
    [InlineData("Three dead in house fire\n\nThree firefighters were sent to the blaze that killed a woman and her two sons.", 3)]
    [InlineData("Eighteen killed as bus falls\n\nOf the 18 passengers on board, some were treated for injuries.", 18)]
    [InlineData("Ten hurt in crash\n\nTen officers were deployed and helped the injured.", 10)]
    public void KeepsTheHeadlineTollWhenTheTollWordTellsOfAnotherClause(string text, double value)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Category == QuantityCategory.Casualties && f.Evidence.Line == 1);
    }
}
