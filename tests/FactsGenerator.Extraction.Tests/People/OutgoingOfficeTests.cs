using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"outgoing President X": the office about to be left keeps "outgoing", as a lower-case apposition does.</summary>
public class OutgoingOfficeTests
{
    [Theory]
    [InlineData("The votes went to outgoing President Tomas Vell on Sunday.", "outgoing president")]
    [InlineData("Outgoing Mayor Tomas Vell cut the ribbon.", "outgoing mayor")]
    [InlineData("The votes went to the outgoing president, Tomas Vell, on Sunday.", "outgoing president")]
    public void OutgoingStaysInTheOffice(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void OtherWordsOfTenureStayOut()
    {
        var facts = Extract.From("The votes went to sitting President Tomas Vell on Sunday.");
        Assert.Equal("president", Extract.Person(facts, "Tomas Vell").Role);
    }
}
