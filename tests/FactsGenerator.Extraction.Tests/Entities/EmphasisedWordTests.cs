using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Tests.Entities;

public class EmphasisedWordTests
{
    [Theory]
    [InlineData("The candidate said she would campaign in ALL fifty counties.", "ALL")]
    [InlineData("The school keeps a ZERO tolerance policy on bullying, the head teacher said.", "ZERO")]
    [InlineData("Voters should NOT stay home, the organisers wrote.", "NOT")]
    public void AnEverydayWordInCapitalsIsEmphasisNotAnOrganisation(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The contractors were paid in USD rather than in the local currency.", "USD")]
    [InlineData("The firm's VP for sales left the company in May.", "VP")]
    [InlineData("The board fired the CEO after the audit.", "CEO")]
    public void ACurrencyCodeOrAnOfficeInCapitalsIsNoOrganisation(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The WHO declared the outbreak over on Monday.")]
    [InlineData("Experts from WHO's regional office visited the clinic.")]
    [InlineData("The World Health Organization (WHO) met on Monday. Officials from WHO then left.")]
    public void AnEverydayWordTheDocumentTreatsAsABodyStaysAnOrganisation(string text)
    {
        var facts = Extract.From(text);
        Assert.True(System.Array.Exists(Extract.OrganizationNames(facts), name => name == "WHO" || name == "World Health Organization"));
    }

    [Fact]
    public void TheEverydayWordsAreEverydayWordsButNotAcronyms()
    {
        Assert.True(EnglishWords.IsEverydayWord("ZERO"));
        Assert.True(EnglishWords.IsEverydayWord("today"));
        Assert.False(EnglishWords.IsEverydayWord("NATO"));
        Assert.False(EnglishWords.IsEverydayWord("UNESCO"));
    }
}
