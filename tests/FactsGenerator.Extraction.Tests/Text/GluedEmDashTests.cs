using System.Linq;
using FactsGenerator.Extraction.Text;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Text;

/// <summary>An em dash glued to the words around it sets off a clause as a spaced one does: no name runs across it.
/// A glued en dash or hyphen still joins its words.</summary>
public class GluedEmDashTests
{
    private static Token[] Tokens(string sentence) => AnalyzedText.Analyze(sentence).Sentences[0].Tokens.ToArray();

    [Fact]
    public void AGluedEmDashAndTheWordAfterItAreSpaced()
    {
        var tokens = Tokens("Tom Vik\u2014the mayor\u2014said the bridge would reopen.");
        var dash = tokens.First(t => t.IsSymbol('-'));
        Assert.True(dash.SpaceBefore);
        Assert.True(tokens.First(t => t.Text == "the").SpaceBefore);
    }

    [Fact]
    public void APersonBeforeAGluedEmDashKeepsTheNameAndTheRole()
    {
        var facts = Extract.From("The judge sentenced Ana Ruiz\u2014a criminal defense lawyer\u2014for her part in the scheme. "
            + "Tom Vik\u2014the mayor of Tarsk\u2014said the bridge would reopen.");
        var people = Extract.PeopleNames(facts);
        Assert.Contains("Ana Ruiz", people);
        Assert.Contains("Tom Vik", people);
        Assert.DoesNotContain(people, n => n.Contains('\u2014') || n.Contains('-'));
        Assert.Equal("mayor", facts.People.Single(p => p.Name == "Tom Vik").Role);
    }

    [Fact]
    public void AGluedEnDashOrHyphenStillJoinsItsWords()
    {
        var tokens = Tokens("Flights from Velm\u2013Orra and Tarsk-Brenn resumed.");
        Assert.All(tokens.Where(t => t.IsSymbol('-')), t => Assert.False(t.SpaceBefore));
        Assert.False(tokens.First(t => t.Text == "Orra").SpaceBefore);
        Assert.False(tokens.First(t => t.Text == "Brenn").SpaceBefore);
    }
}
