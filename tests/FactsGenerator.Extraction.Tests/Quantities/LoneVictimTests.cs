using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"An aid worker was killed": the article before one person struck by a casualty verb is a toll of one.</summary>
public class LoneVictimTests
{
    [Theory]
    [InlineData("A nurse was killed when the convoy came under fire near the river.")]
    [InlineData("A security guard has been seriously wounded in the northern province.")]
    [InlineData("A farmer was found dead in his field on Tuesday.")]
    [InlineData("Police said a young cyclist died on the way to the clinic.")]
    [InlineData("A border peacekeeper was injured by falling debris.")]
    // A people word before another is a modifier: the head is the last one.
    [InlineData("A police officer was killed when the convoy came under fire near the river.")]
    [InlineData("One police officer died in the raid on the depot.")]
    [InlineData("The army said one police officer was wounded in the raid.")]
    public void CountsOnePersonStruckAsACasualty(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(1m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Theory]
    [InlineData("A gunman killed two guards at the depot.", 2)]
    [InlineData("Tomas Vell, a neighbour who was slightly wounded, described the blast.", null)]
    [InlineData("A truck was damaged in the storm.", null)]
    [InlineData("A spokesman said the roads were closed.", null)]
    [InlineData("A police officer killed two robbers at the depot.", 2)]
    [InlineData("A police dog was killed in the raid.", null)]
    public void LeavesAnAgentAPersonNamedInPassingAndThingsAlone(string sentence, int? only)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.DoesNotContain(facts, f => f.Value == 1m);
        if (only is { } count)
        {
            Assert.Contains(facts, f => f.Value == count);
        }
    }

    // One definition of the singular of a listed people noun, shared with the people-like words of an event: a listed
    // plural with a person's ending ("tourists") gives a person, a listed plural without one ("infections", "deaths")
    // does not.
    [Theory]
    [InlineData("tourist", true)]
    [InlineData("peacekeeper", true)]
    [InlineData("infection", false)]
    [InlineData("death", false)]
    public void TheSingularOfAListedPeopleNounIsOneDefinition(string word, bool person)
    {
        Assert.Equal(person, FactsGenerator.Extraction.Quantities.QuantityLexicon.IsSingularOfListedPeople(word));
        var facts = QuantityTestText.Extract((word[0] == 'i' ? "An " : "A ") + word + " was confirmed dead by the doctors.");
        Assert.Equal(person, facts.Any(f => f.Value == 1m));
    }

    [Fact]
    public void APoliceOfficerIsCountedAsTheOfficer()
    {
        var fact = QuantityTestText.Single("A police officer was killed when the convoy came under fire near the river.");
        Assert.Contains("officer", fact.About, System.StringComparison.Ordinal);
    }

    [Fact]
    public void OnePeacekeeperIsAPerson()
    {
        var fact = QuantityTestText.Single("One peacekeeper was killed on Monday.");
        Assert.Equal("people", fact.Unit);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }
}
