namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An ordinal before an office says which holder of it the person is; it is no part of the office.</summary>
public class RoleOrdinalHolderTests
{
    [Fact]
    public void AnOfficeAfterAnOrdinalIsTheRole()
    {
        var facts = Extract.From("Tomas Delgado became the 12th President of Peru on Friday after a close vote.");
        var person = Extract.Person(facts, "Tomas Delgado");
        Assert.Equal("president", person.Role);
        Assert.Equal("Peru", person.Affiliation);
    }

    [Fact]
    public void AnAppositionWithAnOrdinalGivesTheOffice()
    {
        var facts = Extract.From("Lena Hart, the 31st mayor of the town, cut the ribbon.");
        Assert.Equal("mayor", Extract.Person(facts, "Lena Hart").Role);
    }

    [Fact]
    public void ACapitalisedWordThatIsAlsoAVerbOfSayingStaysInTheBody()
    {
        var facts = Extract.From("Jo Kimble, the President of the United States, signed the order.");
        Assert.Equal("United States", Extract.Person(facts, "Jo Kimble").Affiliation);
    }
}
