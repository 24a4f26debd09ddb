using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class NamedAreaListTests
{
    [Theory]
    [InlineData("Police said the gang robbed shoppers in the Tavrekby and Orra-Velm areas of the city.", "Tavrekby", "Orra-Velm")]
    [InlineData("Power was cut across the Brennholt, Tarskmoor and Velmside areas overnight.", "Brennholt", "Velmside")]
    public void NamesListedBeforeAreasAfterAPrepositionAreEachAPlace(string sentence, string first, string last)
    {
        var names = Extract.PlaceNames(Extract.From(sentence));
        Assert.Contains(first, names);
        Assert.Contains(last, names);
    }

    [Fact]
    public void AVerbBeforeTheNamedAreaPlacesItAsAPrepositionWould()
    {
        Assert.Contains("Tavrekby", Extract.PlaceNames(Extract.From("Soldiers were patrolling the Tavrekby area when the convoy was attacked.")));
    }

    [Fact]
    public void PartiesListedBeforeAreasOfPolicyAreNoPlaces()
    {
        var names = Extract.PlaceNames(Extract.From("She has worked in the Labour and Green areas of policy for years."));
        Assert.DoesNotContain("Labour", names);
        Assert.DoesNotContain("Green", names);
    }
}
