using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Whom a speaker tells something, in any tense and with "the", is mostly an outlet.</summary>
public class ToldOutletTests
{
    [Theory]
    [InlineData("The harbour master backed the new timetable, telling the Brackwater Ledger: \"We need more crossings.\"")]
    [InlineData("The harbour master backed the new timetable, telling the Brackwater Ledger that more crossings were needed.")]
    [InlineData("The harbour master tells the Brackwater Ledger that more crossings are needed.")]
    [InlineData("The harbour master told the Brackwater Ledger, in a short interview, that the crossings would resume.")]
    public void ANameToldAStatementIsAnOutlet(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.Contains("Brackwater Ledger", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ATownBeforeAKindOfBodyAfterToldTheIsNoOutlet()
    {
        var facts = Extract.From("The ferry captain told the Quindell tribunal that the engine had failed twice.");
        Assert.DoesNotContain("Quindell", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APersonToldStaysAPerson()
    {
        var facts = Extract.From("The harbour master, telling Odile Varrant about the delays, said the ferries would run again. He tells Odile Varrant that often.");
        Assert.Contains("Odile Varrant", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Odile Varrant", Extract.OrganizationNames(facts));
    }
}
