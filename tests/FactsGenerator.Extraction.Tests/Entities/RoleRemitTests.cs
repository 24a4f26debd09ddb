namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>The place or field an office is held for ("for") completes the office; a body after "for" does not.</summary>
public class RoleRemitTests
{
    [Fact]
    public void AFieldAfterForCompletesTheOffice()
    {
        var facts = Extract.From("Paul Ostrow, the coordinator for humanitarian affairs, said the aid was late.");
        var person = Extract.Person(facts, "Paul Ostrow");
        Assert.Equal("coordinator for humanitarian affairs", person.Role);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void ACountryAfterForCompletesTheOfficeAndStaysTheAffiliation()
    {
        var facts = Extract.From("Nora Quist, the special envoy for Chile, resigned on Friday.");
        var person = Extract.Person(facts, "Nora Quist");
        Assert.Equal("special envoy for chile", person.Role);
        Assert.Equal("Chile", person.Affiliation);
    }

    [Fact]
    public void NounsAfterThePlaceAreTheFieldHeldThere()
    {
        var facts = Extract.From("Mark Ardell, the special envoy for Chile trade talks, quit on Monday.");
        Assert.Equal("special envoy for chile trade talks", Extract.Person(facts, "Mark Ardell").Role);
    }

    [Fact]
    public void ThePlaceAloneIsTheAffiliationBeforeTheField()
    {
        var facts = Extract.From("Lise Moran, the special coordinator for Peru water projects, flew home on Sunday.");
        var person = Extract.Person(facts, "Lise Moran");
        Assert.Equal("special coordinator for peru water projects", person.Role);
        Assert.Equal("Peru", person.Affiliation);
    }

    [Fact]
    public void ABodyAfterForIsOnlyTheAffiliation()
    {
        var facts = Extract.From("Tia Moss, a spokeswoman for the Coast Guard, said the search had ended.");
        Assert.Equal("spokeswoman", Extract.Person(facts, "Tia Moss").Role);
    }

    [Fact]
    public void ATimeAfterForIsNoRemit()
    {
        var facts = Extract.From("Ben Ocampo, the director for years, retired in March.");
        Assert.Equal("director", Extract.Person(facts, "Ben Ocampo").Role);
    }
}
