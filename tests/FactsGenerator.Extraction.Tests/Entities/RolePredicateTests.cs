namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// Offices said by the sentence's verb rather than an apposition: the agent after "hosted by" or "founded by", and
/// an office taken in the passive ("was named chief executive", "has been appointed chair").
/// </summary>
public class RolePredicateTests
{
    private static string? RoleOf(string text, string name) =>
        Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("The late-night show, hosted by Ned Harlow and Pia Ventura, ended in March.", "host")]
    [InlineData("The bakery, co-founded by Ned Harlow and Pia Ventura in 1998, has closed.", "co-founder")]
    [InlineData("The documentary was directed by Ned Harlow and Pia Ventura.", "director")]
    public void TheAgentAfterTheParticipleHoldsTheOffice(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ned Harlow"));
        Assert.Equal(role, RoleOf(text, "Pia Ventura"));
    }

    [Theory]
    [InlineData("The expedition was led by Ned Harlow last winter.")]
    [InlineData("The letter was written by Ned Harlow last winter.")]
    [InlineData("The bill was opposed by Ned Harlow last winter.")]
    public void ADeedThatNamesNoOfficeGivesNone(string text)
    {
        Assert.Null(RoleOf(text, "Ned Harlow"));
    }

    [Fact]
    public void AWordBetweenByAndTheNameIsTheOffice()
    {
        Assert.Equal("architect", RoleOf("The tower was designed by architect Ned Harlow in 1990.", "Ned Harlow"));
    }

    [Theory]
    [InlineData("Ned Harlow was named chief executive on Monday.", "chief executive")]
    [InlineData("Ned Harlow has been appointed treasurer on Monday.", "treasurer")]
    public void AnOfficeTakenInThePassive(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ned Harlow"));
    }

    [Fact]
    public void TheActiveNamedGivesTheOfficeToTheObject()
    {
        Assert.Null(RoleOf("Ned Harlow named a successor on Monday.", "Ned Harlow"));
    }

    [Theory]
    [InlineData("Ned Harlow is Malawi's deputy director of health.", "deputy director of health", "Malawi")]
    [InlineData("Ned Harlow was Chile's chief negotiator until March.", "chief negotiator", "Chile")]
    [InlineData("Ned Harlow is Velmar Airways' chief pilot.", "chief pilot", "Velmar Airways")]
    public void ACountryOrBodyOwningAPredicateOfficeGivesTheRole(string text, string role, string affiliation)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == "Ned Harlow");
        Assert.StartsWith(role, person.Role);
        Assert.Equal(affiliation, person.Affiliation);
    }

    [Fact]
    public void APersonOwningThePredicateIsNoBody()
    {
        var facts = Extract.From("In 1984, Ned Harlow was Pia Ventura's running mate on the ticket.");
        Assert.DoesNotContain("Pia Ventura", Extract.OrganizationNames(facts));
    }
}
