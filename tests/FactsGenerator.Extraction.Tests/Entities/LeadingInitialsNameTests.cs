using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Two or three capitals without periods before a given name and a family name ("KM Ana Ruiz"), or before the
/// family name alone ("RK Tandon"), open the person's name.</summary>
public class LeadingInitialsNameTests
{
    [Theory]
    [InlineData("Port Commissioner KM Rafiq Karim opened the new container berth on Tuesday.", "KM Rafiq Karim")]
    [InlineData("Trade Minister AK Abdul Rashed told reporters the talks went well.", "AK Abdul Rashed")]
    [InlineData("The port chief, SM Farida Begum, said the cranes were idle.", "SM Farida Begum")]
    // The initials may stand for all the given names, before the family name alone.
    [InlineData("Railway Minister RK Tandon inspected the new bridge on Friday.", "RK Tandon")]
    [InlineData("The opposition was led by state party chief DV Hegde, who called the plan a waste.", "DV Hegde")]
    [InlineData("\"We have enough beds,\" JS Malhotra said after the visit.", "JS Malhotra")]
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

    [Theory]
    [InlineData("Trains from the KSR Pune platform were delayed by an hour.", "KSR Pune")]
    [InlineData("She studied chemistry at UC Merced before moving to Boston.", "UC Merced")]
    public void InitialsBeforeATownAloneNameNoOne(string sentence, string name) =>
        Assert.DoesNotContain(name, Extract.PeopleNames(Extract.From(sentence)));
}
