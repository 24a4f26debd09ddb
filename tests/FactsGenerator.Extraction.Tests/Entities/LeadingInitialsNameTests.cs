using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Two or three capitals without periods before a given name and a family name ("KM Ana Ruiz") open the person's name.</summary>
public class LeadingInitialsNameTests
{
    [Theory]
    [InlineData("Port Commissioner KM Rafiq Karim opened the new container berth on Tuesday.", "KM Rafiq Karim")]
    [InlineData("Trade Minister AK Abdul Rashed told reporters the talks went well.", "AK Abdul Rashed")]
    [InlineData("The port chief, SM Farida Begum, said the cranes were idle.", "SM Farida Begum")]
    public void TheInitialsBelongToTheName(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(name, Extract.PeopleNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => name.StartsWith(o.Name + " ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TheNameWithInitialsSpeaksUnderItsFamilyName()
    {
        var facts = Extract.From("Port Commissioner KM Rafiq Karim opened the new container berth on Tuesday.\n\n"
            + "\"The berth will double our trade,\" Karim said.");
        Assert.Contains(facts.Quotes, q => q.Speaker == "KM Rafiq Karim");
    }

    [Theory]
    [InlineData("Labour MP Ana Ruiz visited the harbour on Monday.", "Ana Ruiz")]
    [InlineData("Company CEO Jack Lund resigned on Monday.", "Jack Lund")]
    public void ASeatOrATitleInCapitalsIsNoInitial(string sentence, string name)
    {
        var people = Extract.PeopleNames(Extract.From(sentence));
        Assert.Contains(name, people);
        Assert.DoesNotContain(people, p => p.EndsWith(" " + name, System.StringComparison.Ordinal));
    }
}
