using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Tests.Gazetteer;

// The one English word list answers two questions about different slices of it; these pin where they differ.
public class EnglishWordsTests
{
    [Fact]
    public void BothSlicesComeFromTheOneList()
    {
        Assert.True(EnglishWords.EverydayCount > 5_000);
        Assert.True(EnglishWords.OrdinaryCount > EnglishWords.EverydayCount);
    }

    [Theory]
    [InlineData("POOL")] // SCOWL size 10 and a gazetteer place: still an everyday word in capitals
    [InlineData("French")] // a demonym of the gazetteer
    [InlineData("NO")] // two letters: too short to be an ordinary word
    public void EverydayWordsThatAreNoOrdinaryWords(string word)
    {
        Assert.True(EnglishWords.IsEverydayWord(word));
        Assert.False(EnglishWords.IsOrdinaryWord(word));
    }

    [Theory]
    [InlineData("FLEE")] // SCOWL size 35: too rare to be taken for emphasis
    [InlineData("ELECTORS")] // eight letters: longer than any acronym the check looks at
    public void OrdinaryWordsThatAreNoEverydayWords(string word)
    {
        Assert.True(EnglishWords.IsOrdinaryWord(word));
        Assert.False(EnglishWords.IsEverydayWord(word));
    }
}
