namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"the Hotel Association of Velmoria": a leading kind of place ("Hotel", "Lake") names no place when a body's head
/// closes the part of the name before "of"; the whole name is the body.</summary>
public class PlaceKindBeforeBodyOfTests
{
    [Theory]
    [InlineData("A senior official from the Hotel Association of Velmoria said arrivals had fallen.", "Hotel Association of Velmoria")]
    [InlineData("The Lake Tarsk Authority of Orlend said the water level was falling.", "Lake Tarsk Authority of Orlend")]
    public void TheBodyHeadBeforeOfMakesTheNameABody(string text, string body)
    {
        var facts = Extract.From(text);
        Assert.Contains(facts.Organizations, o => o.Name == body);
        Assert.DoesNotContain(facts.Places, p => p.Name == body);
    }

    [Fact]
    public void APlaceKindWithoutABodyHeadStaysAPlace()
    {
        var facts = Extract.From("Guests were evacuated from the Hotel Velmora on Tuesday after the fire.");
        Assert.Contains(facts.Places, p => p.Name == "Hotel Velmora");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Hotel Velmora");
    }
}
