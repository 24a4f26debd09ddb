using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"A spokesman for police, X,", "A spokeswoman for Orrby prosecutors, X,": a spokesman or a lawyer for a body
/// named by its members in the plural, without an article, is the office of the name after the comma, as "a spokesman
/// for the police, X," is; a portfolio ("the minister for women, X") and a sentence that only ends in the plural are not.</summary>
public class SpokesmanForBarePluralBodyTests
{
    [Theory]
    [InlineData("A spokesman for police, Tomas Vell, confirmed the toll on Sunday.", "spokesman")]
    [InlineData("A spokeswoman for Orrby prosecutors, Tomas Vell, declined to comment on the motive.", "spokeswoman")]
    [InlineData("A lawyer for state prosecutors, Tomas Vell, asked for a delay.", "lawyer")]
    public void TheOfficeBeforeTheCommaIsTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Theory]
    [InlineData("The minister for women, Tomas Vell, opened the centre on Monday.")]
    [InlineData("The money was set aside for police, Tomas Vell said on Monday.")]
    public void APortfolioOrAPlainPhraseGivesNone(string text)
    {
        Assert.Null(Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }
}
