namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A plural demonym before a list of names ("Kenyans A and B") gives every listed name the country.</summary>
public class PluralDemonymListTests
{
    [Fact]
    public void BothNamesOfAPairGetTheCountry()
    {
        var facts = Extract.From("The relay was won by Kenyans Peter Wambua and John Mutai on Sunday.");
        Assert.Equal("Kenya", Extract.Person(facts, "Peter Wambua").Affiliation);
        Assert.Equal("Kenya", Extract.Person(facts, "John Mutai").Affiliation);
    }

    [Fact]
    public void ASingularDemonymGivesOnlyTheFirstName()
    {
        var facts = Extract.From("The relay was won by Kenyan Peter Wambua and John Mutai on Sunday.");
        Assert.Equal("Kenya", Extract.Person(facts, "Peter Wambua").Affiliation);
        Assert.Null(Extract.Person(facts, "John Mutai").Affiliation);
    }
}
