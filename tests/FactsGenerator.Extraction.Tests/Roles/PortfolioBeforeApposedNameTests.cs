using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>An office that takes a portfolio, "for" and its field, set off by a comma before the name, keeps the field
/// in lower case or in capitals ("the minister for coastal works, X", "the Minister for Employment, X"); a body after
/// "for" with a determiner, a length of time, or a place is no portfolio.</summary>
public class PortfolioBeforeApposedNameTests
{
    [Theory]
    [InlineData("A joint letter by minister for rural roads, Petra Lind, and minister for small farms, Omar Dahl, was sent.", "Petra Lind", "minister for rural roads")]
    [InlineData("A joint letter by minister for rural roads, Petra Lind, and minister for small farms, Omar Dahl, was sent.", "Omar Dahl", "minister for small farms")]
    [InlineData("Velmoria's minister for coastal works, Ivo Brandt, said on Monday that the dykes would hold.", "Ivo Brandt", "minister for coastal works")]
    [InlineData("Prices rose, but the Minister for Employment, Lena Voss, said the job market was strong.", "Lena Voss", "minister for employment")]
    [InlineData("Prices rose, but the country's Minister for Employment, Lena Voss, said the job market was strong.", "Lena Voss", "minister for employment")]
    public void TheFieldStaysInTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Theory]
    [InlineData("Prices rose, but the spokesman for the party, Lena Voss, said the job market was strong.", "Lena Voss", "spokesman")]
    [InlineData("Prices rose, the minister for years, Lena Voss, said on Monday.", "Lena Voss", null)]
    [InlineData("Prices rose, the minister for some time, Lena Voss, said on Monday.", "Lena Voss", null)]
    [InlineData("Prices rose, the secretary for two terms, Lena Voss, said on Monday.", "Lena Voss", null)]
    [InlineData("Serving as commissioner for so long, Lena Voss knew every clerk by name.", "Lena Voss", null)]
    public void NoPortfolioIsRead(string text, string name, string? role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }
}
