namespace FactsGenerator.Extraction.Tests.Entities;

public class InModifierTests
{
    [Theory]
    [InlineData("Salt dissolves quickly in Vantorian conditions, the model shows.", "Vantorian")]
    [InlineData("She spoke on the radio in Evening programme about the vote.", "Evening")]
    [InlineData("The team used the same steps in Brightwater analysis of the bones.", "Brightwater")]
    public void ANameBetweenInAndALowerCaseNounModifiesTheNoun(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Residents in Dunmere already complained about the noise.", "Dunmere")]
    [InlineData("I think in Dunmere they did a little better.", "Dunmere")]
    [InlineData("Two people in Dunmere died in the storm.", "Dunmere")]
    [InlineData("Shops in Dunmere and Tarsk closed early.", "Dunmere")]
    public void APlaceAfterInGoesOnWithAVerbAPronounOrAJoiningWord(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}
