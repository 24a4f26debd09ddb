namespace FactsGenerator.Extraction.Tests.Entities;

public class SwahiliConnectorTests
{
    [Fact]
    public void YaBetweenTwoNameWordsJoinsOnePlaceName()
    {
        var facts = Extract.From("The girl drowned near Kilima ya Orrabu village on Sunday.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("Kilima ya Orrabu village", places);
        Assert.DoesNotContain("Kilima", places);
    }
}
