using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>One unknown name right after a quotation with nothing after it but "said" is a person named by one
/// name; a body quoted "in a statement", a known outlet and a place keep their readings.</summary>
public class BareQuotedSpeakerTests
{
    [Fact]
    public void AnUnknownNameThatOnlySaysIsAPerson()
    {
        var facts = Extract.From("Rescuers dug through the ash.\n\n\"We saw lights from their phones,\" Tarvosko said.");
        Assert.Contains("Tarvosko", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ANameQuotedInAStatementIsNoPerson()
    {
        var facts = Extract.From("The plant was shut.\n\n\"We will keep going,\" Velmaco said in a statement.");
        Assert.DoesNotContain("Velmaco", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APlaceThatSaysIsNoPerson()
    {
        var facts = Extract.From("Talks stalled.\n\n\"Prices rose too fast,\" Brazil said.");
        Assert.DoesNotContain("Brazil", Extract.PeopleNames(facts));
    }
}
