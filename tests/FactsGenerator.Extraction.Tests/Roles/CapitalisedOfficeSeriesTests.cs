using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"X, Chair, President and Chief Executive Officer of Y,": capitalised offices set off by commas and closed
/// by "and" in an apposition are one role, and the body after "of" stays the affiliation.</summary>
public class CapitalisedOfficeSeriesTests
{
    [Fact]
    public void ThreeOfficesSetOffByCommasAreOneRole()
    {
        var facts = Extract.From("In a statement, Ana Ruiz, Chair, President and Chief Executive Officer of Velm Steel, called for reform.");
        var person = Extract.Person(facts, "Ana Ruiz");
        Assert.Equal("chair, president and chief executive officer", person.Role);
        Assert.Equal("Velm Steel", person.Affiliation);
    }

    [Fact]
    public void TwoOfficesJoinedByAndAreOneRole()
    {
        var facts = Extract.From("In a statement, Tom Berg, President and Chief Executive Officer of Velm Steel, called for reform.");
        var person = Extract.Person(facts, "Tom Berg");
        Assert.Equal("president and chief executive officer", person.Role);
        Assert.Equal("Velm Steel", person.Affiliation);
    }

    [Fact]
    public void AnOfficeAcronymClosesTheSeries()
    {
        var facts = Extract.From("Lena Holt, Chairman, President and CEO of Orra Foods, said the plant would close.");
        Assert.Equal("chairman, president and ceo", Extract.Person(facts, "Lena Holt").Role);
    }

    [Fact]
    public void APersonAfterTheCommaIsNoOffice()
    {
        var facts = Extract.From("The board met Ana Berg, Chair, Tom Vik and others on Monday.");
        Assert.Equal("chair", Extract.Person(facts, "Ana Berg").Role);
    }
}
