using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"a man in his forties": an age given only by its decade is a vague age of the person it describes.</summary>
public class DecadeAgeTests
{
    [Theory]
    [InlineData("Police arrested a man in his forties on the pier.", "ManAge")]
    [InlineData("The pilot, in her early 30s, landed the plane safely.", "PilotAge")]
    [InlineData("Both climbers were in their twenties.", "Age")]
    public void ReadsADecadeOfLifeAsAVagueAge(string sentence, string name)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal("years", fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
        Assert.EndsWith(name, fact.Name);
    }

    [Fact]
    public void ReadsADecadeAfterAgedAsAVagueAge()
    {
        var fact = QuantityTestText.Single("Police named a cyclist aged in her early 40s as the victim.");
        Assert.Null(fact.Value);
        Assert.Equal("years", fact.Unit);
    }

    [Theory]
    [InlineData("She took up painting in her fifties.")]
    [InlineData("The band was popular in the forties.")]
    public void LeavesATimeOfLifeAndAnEraAlone(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }
}
