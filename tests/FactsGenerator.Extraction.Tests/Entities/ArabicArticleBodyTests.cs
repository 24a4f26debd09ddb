namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>The Arabic article in lower case, glued by its hyphen, opens the name of a body known with it.</summary>
public class ArabicArticleBodyTests
{
    [Theory]
    [InlineData("The president pledged war against al-Shabaab after the attack.", "al-Shabaab")]
    [InlineData("He was said to have joined al-Qaeda in 2004.", "al-Qaeda")]
    public void TheArticleOpensTheKnownBodysName(string sentence, string body)
    {
        Assert.Contains(body, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void APersonsSurnameKeepsToItsNameWord()
    {
        var facts = Extract.From("Bashar al-Assad spoke on Monday. Later al-Assad left the hall.");
        Assert.Empty(facts.Organizations);
    }
}
