using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A name someone was born with is another name of the same person.</summary>
public class BirthNameTests
{
    [Theory]
    [InlineData("Ray Quill was born Raymond Albert Quill in Leeds in 1941. Quill later moved to Paris.", "Ray Quill", "Raymond Albert Quill")]
    [InlineData("The novelist Ana Ruiz (born Ana Maria Lopez) died on Monday.", "Ana Ruiz", "Ana Maria Lopez")]
    public void TheNameAfterBornIsAnAlias(string text, string name, string birthName)
    {
        var person = Assert.Single(Extract.From(text).People);
        Assert.Equal(name, person.Name);
        Assert.Contains(birthName, person.Aliases);
    }

    [Fact]
    public void ThePlaceOfBirthStaysAPlace()
    {
        var facts = Extract.From("Tom Vik was born in Oslo.");
        Assert.Empty(Assert.Single(facts.People).Aliases);
        Assert.Contains("Oslo", facts.Places.Select(p => p.Name));
    }
}
