using FactsGenerator.Extraction.Naming;

namespace FactsGenerator.Extraction.Tests.Naming;

public class IdentifierTests
{
    [Theory]
    [InlineData("peacekeepers killed", "PeacekeepersKilled")]
    [InlineData("São Paulo", "SaoPaulo")]
    [InlineData("Joachim Brudziński", "JoachimBrudzinski")]
    [InlineData("44-day war", "_44DayWar")]
    [InlineData("class", "Class")]
    [InlineData("Владимир Путин", "ВладимирПутин")]
    [InlineData("O'Brien's report", "OBrienSReport")]
    [InlineData("  ", "Unnamed")]
    [InlineData("\u00e9t\u00e9 2024", "Ete2024")]
    public void ToPascalCaseMakesReadableValidIdentifiers(string words, string expected)
    {
        Assert.Equal(expected, Identifier.ToPascalCase(words));
    }

    [Theory]
    [InlineData("class", "_class")]
    [InlineData("int", "_int")]
    [InlineData("1994", "_1994")]
    [InlineData("a-b c", "abc")]
    [InlineData("", "Unnamed")]
    [InlineData("\U0001F600", "Unnamed")]
    public void MakeValidFixesKeywordsDigitsAndInvalidCharacters(string candidate, string expected)
    {
        Assert.Equal(expected, Identifier.MakeValid(candidate));
    }
}
