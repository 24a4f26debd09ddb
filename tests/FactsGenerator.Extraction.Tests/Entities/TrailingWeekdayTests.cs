using System.Linq;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A bare weekday written right after a name dates the clause ("met at the Velm Council Tuesday"): it is no
/// part of the name, unless a holiday's word makes it a day's name or a further name word follows it.</summary>
public class TrailingWeekdayTests
{
    private static string[] Chunks(string sentence)
    {
        var text = AnalyzedText.Analyze(sentence);
        var first = text.Sentences[0];
        return NameChunker.Chunk(text, first, new bool[first.Tokens.Count]).Select(c => c.Text).ToArray();
    }

    [Fact]
    public void AWeekdayAfterABodyIsNotPartOfItsName()
    {
        var facts = Extract.From("The Orrvik Harbour Authority Thursday closed the port to fishing boats.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Orrvik Harbour Authority", names);
        Assert.DoesNotContain(names, n => n.Contains("Thursday"));
    }

    [Fact]
    public void AWeekdayAfterAPlaceOrAPersonIsNotPartOfTheName()
    {
        var facts = Extract.From("Police in Lagos Friday arrested three men. Officials said Ana Ruiz Tuesday met the mayor.");
        Assert.Contains("Lagos", Extract.PlaceNames(facts));
        Assert.Contains("Ana Ruiz", Extract.PeopleNames(facts));
        Assert.DoesNotContain(Extract.PlaceNames(facts), n => n.Contains("Friday"));
    }

    [Fact]
    public void AHolidayWordKeepsTheWeekdayInTheName()
    {
        Assert.Contains("Good Friday", Chunks("Talks resumed after Good Friday in the capital."));
        Assert.Contains("Super Tuesday", Chunks("Voters in Tarsk went to the polls on Super Tuesday."));
    }

    [Fact]
    public void AWeekdayInsideANameStays()
    {
        var facts = Extract.From("The Velm Sunday Herald reported the closure.");
        Assert.Contains("Velm Sunday Herald", Extract.OrganizationNames(facts));
        Assert.Contains("Velm Council", Chunks("The Velm Council Monday voted to close the bridge."));
    }
}
