using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Tests.Gazetteer;

public class OrganizationLexiconTests
{
    [Theory]
    [InlineData("Boeing")]
    [InlineData("USA Today")]
    [InlineData("The New York Times")]
    [InlineData("McDonald's")]
    [InlineData("Coca-Cola")]
    [InlineData("Lufthansa")]
    [InlineData("eBay")]
    [InlineData("SpaceX")]
    [InlineData("AstraZeneca")]
    [InlineData("Gazprom")]
    public void KnownBodiesAreFoundAsATextWritesThem(string name)
    {
        Assert.True(OrganizationLexicon.Contains(name));
    }

    [Theory]
    [InlineData("boeing")]
    [InlineData("usa today")]
    [InlineData("USA today")]
    public void ANameMatchesOnlyWhenEveryWordIsWrittenAsAName(string text)
    {
        Assert.False(OrganizationLexicon.Contains(text));
    }

    [Theory]
    [InlineData("Ford")]
    [InlineData("Visa")]
    [InlineData("Orange")]
    [InlineData("Shell")]
    [InlineData("Co")]
    [InlineData("Inc")]
    [InlineData("Roman Empire")]
    [InlineData("Brexiteers")]
    [InlineData("Notre Dame")]
    [InlineData("Ltd")]
    [InlineData("Simon")]
    [InlineData("Zurich")]
    [InlineData("Deutsche")]
    [InlineData("Minecraft")]
    public void EverydayWordsAbbreviationsPlacesAndGroupsOfPeopleAreLeftOut(string name)
    {
        Assert.False(OrganizationLexicon.Contains(name));
    }

    [Fact]
    public void KeysDropCaseApostrophesStopsHyphensAndALeadingThe()
    {
        Assert.Equal("new york times", OrganizationLexicon.Key("The New  York Times"));
        Assert.Equal("mcdonalds", OrganizationLexicon.Key("McDonald’s"));
        Assert.Equal("coca cola", OrganizationLexicon.Key("Coca-Cola"));
        Assert.Equal("at&t", OrganizationLexicon.Key("AT&T"));
    }
}
