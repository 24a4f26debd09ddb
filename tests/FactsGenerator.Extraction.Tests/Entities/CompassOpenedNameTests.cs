namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"East Harnby", "Upper Tolm": a compass point or a rank of a region opening a name makes no person's name,
/// even when the rest of the name is used alone elsewhere.</summary>
public class CompassOpenedNameTests
{
    [Theory]
    [InlineData("The driver and a passenger, both from East Harnby, were hurt.\n\nHarnby is a small farming town.", "East Harnby")]
    [InlineData("Two families from West Corrow lost their homes.\n\nCorrow said the water was rising.", "West Corrow")]
    [InlineData("A bridge in Central Malvik was closed.", "Central Malvik")]
    public void ACompassPointOpensNoPersonsName(string text, string name) =>
        Assert.DoesNotContain(name, Extract.PeopleNames(Extract.From(text)));

    [Fact]
    public void ACompassWordAfterAGivenNameIsStillAFamilyName() =>
        Assert.Contains("Dana West", Extract.PeopleNames(Extract.From("\"We were lucky,\" said Dana West, a local farmer.")));
}
