using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Organisations named for a purpose: "to" and a capitalised verb after the body's head word.</summary>
public class PurposeNameTests
{
    [Theory]
    [InlineData("The Committee to Protect Reporters condemned the arrest.", "Committee to Protect Reporters")]
    [InlineData("A spokesman for the Global Coalition to End Hunger said aid was arriving.", "Global Coalition to End Hunger")]
    public void ToAndACapitalisedVerbAfterAHeadContinueTheName(string text, string name)
    {
        Assert.Contains(name, Extract.From(text).Organizations.Select(o => o.Name));
    }

    [Fact]
    public void APlaceAfterToIsWhereTheBodyWent()
    {
        var facts = Extract.From("The minister sent the Commission to New York on Monday.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("New York"));
        Assert.Contains("New York", facts.Places.Select(p => p.Name));
    }
}
