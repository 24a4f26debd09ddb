namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>One person whose transliterated surname is spelled two ways in one article.</summary>
public class SpellingVariantTests
{
    [Fact]
    public void ASurnameSpelledWithAnotherVowelIsTheSamePerson()
    {
        var facts = Extract.From("Officials said Omar bin Rashad was killed. Omar bin Rashid had been in hiding for years.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Omar bin Rashad", person.Name);
        Assert.Contains("Omar bin Rashid", person.Aliases);
    }

    [Fact]
    public void DifferentGivenNamesKeepTwoPeople()
    {
        var facts = Extract.From("Tomas Berrick said the plan was sound. Anna Barrick disagreed.");
        Assert.Equal(2, facts.People.Count);
    }
}
