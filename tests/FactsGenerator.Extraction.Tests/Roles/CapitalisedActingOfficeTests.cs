using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>
/// "Acting Governor X" opening a sentence, "Acting Orlen Agency Director X" before a body: a capitalised word saying the
/// office is held for now stays in the role, as the lower-case "acting" does; so does "Opposition" opening a sentence
/// before a title ("Opposition Leader X": opposition leader, as inside a sentence).
/// </summary>
public class CapitalisedActingOfficeTests
{
    [Theory]
    [InlineData("Acting Governor Tomas Vell signed the order on Monday.", "acting governor")]
    [InlineData("Acting Deputy Mayor Tomas Vell opened the bridge on Monday.", "acting deputy mayor")]
    [InlineData("Caretaker Prime Minister Tomas Vell named a new cabinet.", "caretaker prime minister")]
    [InlineData("The bridge will close, Acting U.S. Attorney Tomas Vell said on Monday.", "acting u.s. attorney")]
    public void ProvisionalWordStaysInTheOffice(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void ProvisionalWordBeforeBodyOpensTheOffice()
    {
        var person = Extract.Person(Extract.From("Acting NASA Administrator Tomas Vell praised the engineers on Monday."), "Tomas Vell");
        Assert.Equal("acting administrator", person.Role);
        Assert.Equal("NASA", person.Affiliation);
    }

    [Fact]
    public void ProvisionalWordOpensAGenericBodyInTheOffice()
    {
        var facts = Extract.From("Acting Central Bank Governor Tomas Vell said inflation would slow.");
        Assert.Equal("acting central bank governor", Extract.Person(facts, "Tomas Vell").Role);
    }

    [Theory]
    [InlineData("Opposition Leader Tomas Vell said the plan would fail.", "opposition leader")]
    [InlineData("Opposition Senator Tomas Vell voted against the plan.", "opposition senator")]
    public void OppositionOpeningTheSentenceStaysInTheOffice(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void OppositionNounBeforeAnotherWordQualifiesNoOffice()
    {
        var facts = Extract.From("Opposition lawmakers and Senator Tomas Vell voted against the plan.");
        Assert.Equal("senator", Extract.Person(facts, "Tomas Vell").Role);
    }

    [Fact]
    public void ActingAsAVerbQualifiesNoOffice()
    {
        var facts = Extract.From("Acting on a tip, Police Chief Tomas Vell found the stolen car.");
        Assert.Equal("police chief", Extract.Person(facts, "Tomas Vell").Role);
    }

    [Fact]
    public void FormerStillOpensTheRole()
    {
        var facts = Extract.From("Former Acting Mayor Tomas Vell cut the ribbon on Monday.");
        Assert.Equal("former acting mayor", Extract.Person(facts, "Tomas Vell").Role);
    }
}
