namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A pope is known by one regnal name: the title stays in the person's name.</summary>
public class PontificalNameTests
{
    [Fact]
    public void APopeIsNamedWithTheTitleAndQuotedUnderIt()
    {
        var facts = Extract.From("On Sunday, Pope Severin spoke to pilgrims in the square. Pope Severin said the faithful need \"patience and courage\" in hard times.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Pope Severin", person.Name);
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Pope Severin", quote.Speaker);
    }

    [Fact]
    public void TheRegnalNameAloneLaterIsThePope()
    {
        var facts = Extract.From("Pope Severin met the bishops on Monday. Later Severin said the meeting was long.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Pope Severin", person.Name);
    }
}
