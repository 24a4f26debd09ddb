namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A two-word name that opens or ends a longer name of a person is that person.</summary>
public class NamePartMergeTests
{
    [Fact]
    public void TheFirstTwoWordsOfALongerNameAreThatPerson()
    {
        var facts = Extract.From("Tomasz Velk Tamar, the harbour minister, died on Monday. Colleagues said Tomasz Velk had served for decades.");
        var person = Extract.Person(facts, "Tomasz Velk Tamar");
        Assert.Contains("Tomasz Velk", person.Aliases);
        Assert.DoesNotContain("Tomasz Velk", Extract.PeopleNames(facts));
    }

    [Fact]
    public void TheLastTwoWordsOfALongerNameAreThatPerson()
    {
        var facts = Extract.From("The oath of Tomasz R. Velk Osorio was annulled. Critics said Velk Osorio had been chosen in a recess.");
        Assert.DoesNotContain("Velk Osorio", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AWordBeforeANameThatIsNoGivenNameMakesNoFullerName()
    {
        var facts = Extract.From("Tomasz Velk spoke first. Later that day Lecturer Tomasz Velk spoke again, and Tomasz Velk said little.");
        Assert.Contains("Tomasz Velk", Extract.PeopleNames(facts));
    }

    [Fact]
    public void TheLastTwoWordsOfAThreeWordNameQuotedLaterAreThatPerson()
    {
        var facts = Extract.From("Mohd Karim Osmanov, the state police chief, spoke on Monday.\n\n\"We have arrested three suspects,\" Karim Osmanov said.");
        var person = Extract.Person(facts, "Mohd Karim Osmanov");
        Assert.Contains("Karim Osmanov", person.Aliases);
        Assert.Contains(facts.Quotes, q => q.Speaker == "Mohd Karim Osmanov");
    }
}
