namespace FactsGenerator.Extraction.Tests.Entities;

public class AddressPartTests
{
    [Fact]
    public void NamesBetweenFromAndACountyAreAddressPlaces()
    {
        var facts = Extract.From("Tom Harlen from The Orchards, Velm Glen, Tarskby, Co Wicklow, appeared in court on Monday.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("Velm Glen", places);
        Assert.Contains("Tarskby", places);
        Assert.Contains(facts.Places, p => p.Name.EndsWith("Orchards", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ANameListWithoutACountyIsNoAddress()
    {
        var facts = Extract.From("The award went to a team from Orrinet, Velmatic and Tarskware on Monday.");
        Assert.DoesNotContain("Velmatic", Extract.PlaceNames(facts));
    }
}
