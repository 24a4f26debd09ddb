using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"X, head of Velm's municipal council": the unit a head leads, named in lower case after its owner's
/// possessive, completes the office; the named owner is the affiliation.</summary>
public class PossessedUnitTests
{
    [Fact]
    public void TheUnitCompletesTheOfficeAndTheOwnerIsTheAffiliation()
    {
        var facts = Extract.From("\"We lost everything,\" said Corrin Dale, head of Velmoria's regional water council.");
        var person = Extract.Person(facts, "Corrin Dale");
        Assert.Equal("head of regional water council", person.Role);
        Assert.Equal("Velmoria", person.Affiliation);
    }

    [Fact]
    public void ACommonNounOwnerStaysInTheRole()
    {
        var facts = Extract.From("Corrin Dale, chief of the agency's Orra field office, said the search would resume.");
        var person = Extract.Person(facts, "Corrin Dale");
        Assert.Equal("chief of the agency's orra field office", person.Role);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void ACapitalisedBodyAfterThePossessiveIsStillTheAffiliation()
    {
        var facts = Extract.From("Corrin Dale, the head of Velmoria's Harbour Bureau, said the port would reopen.");
        Assert.Equal("head", Extract.Person(facts, "Corrin Dale").Role);
    }

    [Fact]
    public void AUnitNotClosedByPunctuationIsLeftAlone()
    {
        var facts = Extract.From("Corrin Dale, head of the party's convention in July, said the vote would be open.");
        Assert.Equal("head", Extract.Person(facts, "Corrin Dale").Role);
    }

    [Fact]
    public void AnOfficeThatLeadsNoUnitIsLeftAlone()
    {
        var facts = Extract.From("Corrin Dale, spokesman of Velmoria's foreign ministry, said the talks had stalled.");
        Assert.Equal("spokesman", Extract.Person(facts, "Corrin Dale").Role);
    }
}
