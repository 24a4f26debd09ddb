using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Tests.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"the Minister of Labour and Employment, X,": two fields of government joined by "and" after a minister's
/// "of" are one portfolio, though the run of capitals breaks at "and".</summary>
public class JoinedPortfolioTests
{
    [Theory]
    [InlineData("Members ignored the comment by the Minister of Labour and Employment, Ana Ruiz, that the strike was illegal.", "minister of labour and employment")]
    [InlineData("The Minister of Labour, Ana Ruiz, said the strike was illegal.", "minister of labour")]
    public void BothFieldsStayInTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Ana Ruiz").Role);
    }

    // The joining belongs to the joined run only: a portfolio read anywhere else is one field, without "and".
    [Theory]
    [InlineData("Labour and Employment", false)]
    [InlineData("Employment", true)]
    public void APortfolioElsewhereHasNoAnd(string text, bool portfolio)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.Equal(portfolio, RoleParser.IsPortfolio(tokens, 0, tokens.Count - 1, text));
    }

    [Fact]
    public void ABodyAfterAndIsNoField()
    {
        // "Velm Rights Trust" is a body, not a second field of the minister's.
        var facts = Extract.From("He met the Minister of Labour and Velm Rights Trust head Ana Ruiz on Monday.");
        Assert.DoesNotContain("labour", Extract.Person(facts, "Ana Ruiz").Role ?? string.Empty);
    }
}
