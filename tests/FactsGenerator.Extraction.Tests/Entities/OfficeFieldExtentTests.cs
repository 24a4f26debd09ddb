namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>How far an office's field reaches: a second lower-case field joined by "and", and a remit in capitals after
/// "for" made of everyday words.</summary>
public class OfficeFieldExtentTests
{
    [Fact]
    public void ASecondFieldJoinedByAndBelongsToTheOffice()
    {
        var facts = Extract.From("Mark Orwin, the Authority's director of enforcement and market oversight said the fine was fair.");
        Assert.Equal("director of enforcement and market oversight", Extract.Person(facts, "Mark Orwin").Role);
    }

    [Fact]
    public void AJoinedPhraseThatGoesOnIsNoField()
    {
        var facts = Extract.From("Tom Vikander, the minister of finance and the governor, met on Monday.");
        Assert.Equal("minister of finance", Extract.Person(facts, "Tom Vikander").Role);
    }

    [Fact]
    public void ACapitalisedRemitOfEverydayWordsCompletesTheOffice()
    {
        var facts = Extract.From("Samir Haddane, the Velm Food Agency's Director for Emergency Co-ordination, told reporters the roads were closed.");
        var person = Extract.Person(facts, "Samir Haddane");
        Assert.Equal("director for emergency co-ordination", person.Role);
        Assert.Equal("Velm Food Agency", person.Affiliation);
    }

    [Fact]
    public void ABodyAfterForIsStillTheAffiliation()
    {
        var facts = Extract.From("Jo Kimble, a spokesman for the Coast Guard, said the search would go on.");
        Assert.Equal("spokesman", Extract.Person(facts, "Jo Kimble").Role);
    }
}
