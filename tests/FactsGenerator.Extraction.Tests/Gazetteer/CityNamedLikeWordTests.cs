using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Gazetteer;

/// <summary>
/// Large cities whose name is also an everyday word or is kept out of the city lines as one ("Buffalo", "Phoenix",
/// "Miami", "Anaheim"): town lines of the gazetteer, read only where the name stands alone as a place would.
/// </summary>
public class CityNamedLikeWordTests
{
    [Theory]
    [InlineData("Buffalo")]
    [InlineData("Phoenix")]
    [InlineData("Miami")]
    [InlineData("Anaheim")]
    public void TheCityIsATownOfTheUnitedStatesNotACityReadWithoutContext(string name)
    {
        Assert.False(PlaceGazetteer.Instance.TryFind(name, out _));
        Assert.True(PlaceGazetteer.Instance.TryFindTown(name, out var town));
        Assert.Equal("United States", town.Country);
    }

    [Theory]
    [InlineData("Charlotte")]
    [InlineData("Jackson")]
    [InlineData("Batman")]
    [InlineData("Mobile")]
    public void ACityNamedLikeAPersonACharacterOrACapitalisedWordStaysOut(string name)
    {
        Assert.False(PlaceGazetteer.Instance.TryFindTown(name, out _));
    }

    [Fact]
    public void TheNameStandingAloneInAClauseIsThePlace()
    {
        var facts = Extract.From("The storm piled snow around Buffalo and closed the roads to the airport.");
        Assert.Contains("Buffalo", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheNameInCapitalsBeforeTheDashOfTheFirstParagraphIsTheDateline()
    {
        var facts = Extract.From("MIAMI — A wooden pier gave way on Sunday, and four people were hurt.");
        Assert.Contains("Miami", Extract.PlaceNames(facts));
        Assert.DoesNotContain("MIAMI", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheNameInsideALongerNameOrBeforeANounItQualifiesIsNoPlace()
    {
        var facts = Extract.From("The Phoenix Suns won on Friday, and a Buffalo native scored the last basket.");
        Assert.DoesNotContain("Phoenix", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Buffalo", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("The mayor unveiled a bronze sculpture of a Phoenix rising from its nest on Tuesday.", "Phoenix")]
    [InlineData("The Phoenix, the sculptor Dana Velk said, stands for the town's renewal.", "Phoenix")]
    [InlineData("Rangers in Velmont said an Anaheim was no kind of tree they knew.", "Anaheim")]
    public void TheNameAfterAnArticleIsAThingNoPlace(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(name, Extract.PlaceNames(facts));
    }
}
