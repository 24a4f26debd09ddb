using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"deputy Middle East and North Africa director", "regional director for Europe and Central Asia", "research
/// and advocacy director", "IP and technology partner": the field of an office joined by "and" stays in the role, and the
/// "and" no longer ends the apposition.</summary>
public class CoordinatedOfficeFieldTests
{
    [Fact]
    public void TwoPlacesBeforeTheOfficeAreTheAreaItCovers()
    {
        var facts = Extract.From("\"The raids must stop,\" said Corrin Dale, deputy Middle East and North Africa director at Velm Rights Watch.");
        var person = Extract.Person(facts, "Corrin Dale");
        Assert.Equal("deputy middle east and north africa director", person.Role);
        Assert.Equal("Velm Rights Watch", person.Affiliation);
    }

    [Fact]
    public void TwoPlacesAfterForCompleteTheRemitAndNameNoAffiliation()
    {
        var facts = Extract.From("Corrin Dale, the regional director for Europe and Central Asia, told a briefing the camps were full.");
        var person = Extract.Person(facts, "Corrin Dale");
        Assert.Equal("regional director for europe and central asia", person.Role);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void ThePossessorStaysTheAffiliationBeforeARemitWithTheArticle()
    {
        var facts = Extract.From("Corrin Dale, Amnesty International's campaigns director for the Middle East and North Africa, said the trials were unfair.");
        var person = Extract.Person(facts, "Corrin Dale");
        Assert.Equal("campaigns director for the middle east and north africa", person.Role);
        Assert.Equal("Amnesty International", person.Affiliation);
    }

    [Fact]
    public void LowerCaseModifiersJoinedByAndQualifyOneHead()
    {
        var facts = Extract.From("Corrin Dale, Amnesty International's research and policy director, said the trials were unfair.");
        Assert.Equal("research and policy director", Extract.Person(facts, "Corrin Dale").Role);
    }

    [Fact]
    public void AShortAcronymOfAFieldJoinsTheModifiers()
    {
        var facts = Extract.From("Corrin Dale, HR and payroll manager at Brask Logistics, said the staff were paid late.");
        var person = Extract.Person(facts, "Corrin Dale");
        Assert.Equal("hr and payroll manager", person.Role);
        Assert.Equal("Brask Logistics", person.Affiliation);
    }

    [Fact]
    public void APlaceOpeningALongerNameIsNoSecondArea()
    {
        // "Peru Airlines" is a firm, not a second place: the remit is Chile alone.
        var facts = Extract.From("Corrin Dale, the envoy for Chile and Peru Airlines, said the talks had stalled.");
        Assert.Equal("envoy for chile", Extract.Person(facts, "Corrin Dale").Role);
    }

    [Fact]
    public void TwoNounsOfAPersonAreNoModifiersOfOneHead()
    {
        // "and" after a noun of a person joins two descriptions, not two modifiers: the first stays the head.
        var facts = Extract.From("Corrin Dale, a nurse and volunteer driver for the clinic, said the roads were closed.");
        Assert.StartsWith("nurse", Extract.Person(facts, "Corrin Dale").Role);
    }
}
