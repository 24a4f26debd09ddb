namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Several offices listed before one name, and plurals of occupations before a list of names.</summary>
public class RoleListTests
{
    [Fact]
    public void OfficesListedWithCommasBeforeANameAreAllKept()
    {
        var facts = Extract.From("Tributes were paid to the novelist, editor, and philanthropist Ana Ruiz on Friday.");
        Assert.Equal("novelist, editor, and philanthropist", Extract.Person(facts, "Ana Ruiz").Role);
    }

    [Fact]
    public void AListedOfficeKeepsTheQualifierOpeningThePhrase()
    {
        var facts = Extract.From("Velmorian radio personality, author, and philanthropist Tomas Berrick died on Friday.");
        Assert.Equal("radio personality, author, and philanthropist", Extract.Person(facts, "Tomas Berrick").Role);
    }

    [Fact]
    public void ACommaBeforeAndAfterOneNounJoinsTwoClauses()
    {
        var facts = Extract.From("Ana Velk rode the winner, and coach Dan Roe lifted the trophy at Velsko.");
        Assert.Equal("coach", Extract.Person(facts, "Dan Roe").Role);
    }

    [Theory]
    [InlineData("His trainer, Marek Holt, said the boxer would seek a rematch.", "Marek Holt", "trainer")]
    [InlineData("Velsko led early, and midfielder Piet Varn scored twice.", "Piet Varn", "midfielder")]
    [InlineData("The final ended when skipper Ivo Brant lifted the cup.", "Ivo Brant", "skipper")]
    public void ATeamsFunctionIsAnOffice(string sentence, string person, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(sentence), person).Role);
    }

    [Fact]
    public void AVerbBeforeListedOfficesIsNoQualifier()
    {
        var facts = Extract.From("The fund pays novelist, editor and author Gloria Vantar a yearly sum.");
        Assert.Equal("novelist, editor and author", Extract.Person(facts, "Gloria Vantar").Role);
    }

    [Fact]
    public void APluralOfAnOccupationBeforeNamesGivesEachTheOccupation()
    {
        var facts = Extract.From("The capsule carried astronauts Robert Benning and Doug Hurst to the station.");
        Assert.Equal("astronaut", Extract.Person(facts, "Robert Benning").Role);
        Assert.Equal("astronaut", Extract.Person(facts, "Doug Hurst").Role);
    }

    [Fact]
    public void FormerBeforeTheBodyOfAListedPluralHoldsForEachName()
    {
        var facts = Extract.From("The letter was signed by former FBI directors Paul Hendry, Marco Lute, and Simon Faber.");
        Assert.Equal("former director", Extract.Person(facts, "Paul Hendry").Role);
        Assert.Equal("former director", Extract.Person(facts, "Simon Faber").Role);
    }
}
