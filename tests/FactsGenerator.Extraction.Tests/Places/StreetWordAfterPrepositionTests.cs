using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// Streets ending in a word that also ends people's or bodies' names ("Place", "Drive", "Close", "Way") are streets after
// a preposition of where ("shot on Orrin Place"); the short street words ("Rd", "Ave", "Blvd") are streets wherever they
// stand. A person named so, with no preposition of where before ("Ana Place, 34,", "Glenn Close said"), stays a person.
public class StreetWordAfterPrepositionTests
{
    [Theory]
    [InlineData("He shot a woman on Orrin Place before fleeing. She later died.", "Orrin Place")]
    [InlineData("The family lived on Velmont Drive for a decade.", "Velmont Drive")]
    [InlineData("Firefighters found the car along Harrowby Crescent on Monday.", "Harrowby Crescent")]
    [InlineData("The river broke through the stopbank at Tarsk Rd, flooding homes.", "Tarsk Rd")]
    [InlineData("Engineers will repair the Orrin Rd stopbank next week.", "Orrin Rd")]
    public void AStreetIsAPlace(string sentence, string street)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(street, Extract.PlaceNames(facts));
        Assert.DoesNotContain(street, Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("Police said Ana Place, 34, was arrested at her home.", "Ana Place")]
    [InlineData("Actress Glenn Close said the film was a joy to make.", "Glenn Close")]
    public void APersonWithoutAPrepositionOfWhereStaysAPerson(string sentence, string person)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(person, Extract.PeopleNames(facts));
        Assert.DoesNotContain(person, Extract.PlaceNames(facts));
    }
}
