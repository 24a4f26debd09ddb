namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A numbered name before an office ("Steelworkers Local 417 president X") owns it with its number.</summary>
public class NumberedOwnerBeforeOfficeTests
{
    [Fact]
    public void AUnionBranchWithItsNumberOwnsTheOffice()
    {
        var facts = Extract.From("\"We were lied to,\" Steelworkers Local 417 president Gail Mercer told the crowd.");
        var person = Extract.Person(facts, "Gail Mercer");
        Assert.Equal("president", person.Role);
        Assert.Equal("Steelworkers Local 417", person.Affiliation);
    }

    [Fact]
    public void ANumberedStationOwnsTheOffice()
    {
        var facts = Extract.From("Channel 9 presenter Owen Tull hosted the debate on Thursday.");
        Assert.Equal("Channel 9", Extract.Person(facts, "Owen Tull").Affiliation);
    }
}
