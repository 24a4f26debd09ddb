namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A name the document writes after a role or a noun for a person stays that person when it issues a statement.</summary>
public class IntroducedPersonStatementTests
{
    [Theory]
    [InlineData("\"Prices will fall,\" bank chief Ravindar Kolam said in a statement. Mr Kolam took office in May.", "Ravindar Kolam")]
    [InlineData("Port director Oskarine Velhaugen said in a statement that the docks were closed.", "Oskarine Velhaugen")]
    public void ARoleBeforeTheNameKeepsItAPerson(string text, string name)
    {
        var facts = Extract.From(text);
        Assert.Contains(name, Extract.PeopleNames(facts));
        Assert.DoesNotContain(name, Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Quorvex Dynamics said in a statement that its plant was closed.", "Quorvex Dynamics")]
    [InlineData("Harlow Brannock Partners said in a statement that the deal was off.", "Harlow Brannock Partners")]
    public void ABodyWithoutARoleBeforeItStillIssuesStatements(string text, string name)
    {
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(text)));
    }
}
