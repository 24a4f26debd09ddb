namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"analyst Ana Ruiz at Halden Securities said": a body named after "at" right after the name is where the office is held.</summary>
public class BodyAfterAtTests
{
    [Theory]
    [InlineData("The forecast looked bold, said analyst Ruth Amberley at Halden Securities.", "Ruth Amberley", "Halden Securities")]
    [InlineData("Analyst Mara Quill at Velm Capital Partners said the shares were cheap.", "Mara Quill", "Velm Capital Partners")]
    public void TheBodyAfterAtIsTheAffiliation(string text, string name, string body)
    {
        var facts = Extract.From(text);
        Assert.Equal(body, Assert.Single(facts.People, p => p.Name == name).Affiliation);
        Assert.Contains(facts.Organizations, o => o.Name == body);
    }

    [Fact]
    public void APlaceAfterAtIsNoBody()
    {
        var person = Assert.Single(Extract.From("Striking nurse Ana Ruiz at Harlow said the pay offer was too low.").People, p => p.Name == "Ana Ruiz");
        Assert.Null(person.Affiliation);
    }

    [Theory]
    [InlineData("Economist Ola Brandt at Tolvane Economics expects two rate cuts.", "Tolvane Economics")]
    [InlineData("Strategist Ana Ruiz at Orlend Analytics said demand was slowing.", "Orlend Analytics")]
    public void AnAdvisoryFirmIsABody(string text, string body)
    {
        var facts = Extract.From(text);
        Assert.Contains(facts.Organizations, o => o.Name == body);
        Assert.DoesNotContain(facts.People, p => p.Name == body);
    }
}
