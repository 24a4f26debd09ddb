using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"The state Police Public Relations Officer, X,": capitalised everyday words before a capitalised office,
/// after an article or a lower-case word, name the office's field and stay in the role; a party or a word no list knows
/// before the office is still no part of it.</summary>
public class EverydayOfficeWordTests
{
    [Theory]
    [InlineData("The state Police Public Relations Officer, Tomas Vell, said the gang fled on foot.", "police public relations officer")]
    [InlineData("The county Public Relations Officer, Tomas Vell, said the road would reopen.", "public relations officer")]
    [InlineData("The city Housing Services Manager, Tomas Vell, said the flats stood empty.", "housing services manager")]
    public void EverydayFieldWordsStayInTheOffice(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void APartyBeforeALegislatorIsNoPartOfTheRole()
    {
        var person = Extract.Person(Extract.From("The bill passed after Republican Assemblywoman Ana Vell voted for it."), "Ana Vell");
        Assert.Equal("assemblywoman", person.Role);
    }

    [Fact]
    public void AWordNoListKnowsOwnsTheOffice()
    {
        // "Velmtex" opens the run, so "Velmtex Regional Manager" is no office of everyday words.
        var person = Extract.Person(Extract.From("The plant closed, Velmtex Regional Manager Ana Vell said on Monday."), "Ana Vell");
        Assert.Equal("regional manager", person.Role);
    }
}
