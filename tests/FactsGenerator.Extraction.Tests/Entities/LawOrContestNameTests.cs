namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Names of laws and contests that hold a body's head word.</summary>
public class LawOrContestNameTests
{
    [Theory]
    [InlineData("Critics said the order broke the Harbour Office Act of 1899.", "Harbour Office Act")]
    [InlineData("The team won the Velm League Championship on Sunday.", "Velm League Championship")]
    [InlineData("She was given the Ostland Council Prize for her novel.", "Ostland Council Prize")]
    [InlineData("The film won a Velm Academy Award in 1990.", "Velm Academy Award")]
    [InlineData("Velm Airways Flight 212 landed safely in the storm.", "Velm Airways Flight")]
    public void ALawOrAContestIsNoBody(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ABodyWithAnEventWordInsideStaysABody()
    {
        Assert.Contains("Velm Cup Committee", Extract.OrganizationNames(Extract.From("The Velm Cup Committee met on Monday.")));
    }
}
