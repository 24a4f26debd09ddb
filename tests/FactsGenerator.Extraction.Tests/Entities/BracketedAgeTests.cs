namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An age in brackets after a name, as British papers write it ("Ana Velasco (45), a nurse"), hides no apposition.</summary>
public class BracketedAgeTests
{
    [Fact]
    public void TheAppositionAfterABracketedAgeIsTheRole()
    {
        var facts = Extract.From("Ana Velasco (45), a ferry pilot, said the crossing was rough.");
        Assert.Equal("ferry pilot", Extract.Person(facts, "Ana Velasco").Role);
    }

    [Fact]
    public void ABracketedFigureThatIsNoAgeIsNotSkipped()
    {
        var facts = Extract.From("Ana Velasco (2019), a ferry pilot, said the crossing was rough.");
        Assert.Null(Extract.Person(facts, "Ana Velasco").Role);
    }
}
