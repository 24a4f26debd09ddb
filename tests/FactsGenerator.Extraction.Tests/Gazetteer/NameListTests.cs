using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Tests.Gazetteer;

/// <summary>The embedded given-name list: broad coverage, ordinary words and places left out, accents folded.</summary>
public class NameListTests
{
    [Theory]
    [InlineData("Miodrag")]
    [InlineData("Katariina")]
    [InlineData("Sipho")]
    [InlineData("Rotimi")]
    [InlineData("Barack")]
    public void GivenNamesFromManyCountriesAreKnown(string name)
    {
        Assert.True(GivenNames.Contains(name));
    }

    [Theory]
    [InlineData("Ségolène")]
    [InlineData("Segolene")]
    [InlineData("Łukasz")]
    [InlineData("Lukasz")]
    public void AGivenNameIsFoundWithOrWithoutItsAccents(string name)
    {
        Assert.True(GivenNames.Contains(name));
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("Rico")]
    [InlineData("Kong")]
    [InlineData("Islam")]
    [InlineData("Gemini")]
    [InlineData("Harbour")]
    public void WeekdaysPartsOfPlaceNamesAndOrdinaryWordsAreNoGivenNames(string word)
    {
        Assert.False(GivenNames.Contains(word));
    }

    [Theory]
    [InlineData("Kim")]
    [InlineData("Jean")]
    public void ANameGivenToBothWomenAndMenHasNoGenderHint(string name)
    {
        Assert.Equal(NameGender.Unknown, GivenNames.GenderOf(name));
    }

    [Fact]
    public void TheGenderHintComesFromTheLists()
    {
        Assert.Equal(NameGender.Female, GivenNames.GenderOf("Katariina"));
        Assert.Equal(NameGender.Male, GivenNames.GenderOf("Miodrag"));
    }

    [Theory]
    [InlineData("Kowalczyk")]
    [InlineData("Nakamura")]
    [InlineData("Okonkwo")]
    [InlineData("Jørgensen")]
    [InlineData("Jorgensen")]
    public void FamilyNamesFromManyCountriesAreKnown(string name)
    {
        Assert.True(Surnames.Count > 10_000);
        Assert.True(Surnames.Contains(name));
    }

    [Theory]
    [InlineData("McLaughlin")]
    [InlineData("MacDonald")]
    [InlineData("McCarthy")]
    public void AFamilyNameWrittenWithACapitalInsideIsKnown(string name)
    {
        Assert.True(Surnames.Contains(name));
    }

    [Theory]
    [InlineData("McKenzie")]
    [InlineData("DeShawn")]
    public void AGivenNameWrittenWithACapitalInsideIsKnown(string name)
    {
        Assert.True(GivenNames.Contains(name));
    }

    [Theory]
    [InlineData("McLaughlin", "Mclaughlin")]
    [InlineData("DeShawn", "Deshawn")]
    [InlineData("Smith-Jones", "Smith-Jones")]
    [InlineData("Dell'Amico", "Dell'Amico")]
    [InlineData("NASA", "NASA")]
    [InlineData("Ségolène", "Segolene")]
    public void OnlyACapitalAfterALowerCaseLetterIsFoldedForTheLookUp(string name, string key)
    {
        Assert.Equal(key, PersonNameKey.Of(name));
    }

    [Theory]
    [InlineData("Brown")]
    [InlineData("Church")]
    [InlineData("Jordan")]
    [InlineData("Kong")]
    [InlineData("English")]
    public void FamilyNamesThatAreOrdinaryWordsPlacesOrDemonymsAreLeftOut(string word)
    {
        Assert.False(Surnames.Contains(word));
    }

    [Theory]
    [InlineData("Rally")]
    [InlineData("electors")]
    [InlineData("Cotton")]
    public void OrdinaryWordsAreKnownInAnyCapitalisation(string word)
    {
        Assert.True(EnglishWords.OrdinaryCount > 20_000);
        Assert.True(EnglishWords.IsOrdinaryWord(word));
    }

    [Theory]
    [InlineData("Jordan")]
    [InlineData("Velmoria")]
    [InlineData("of")]
    public void PlacesUnknownWordsAndShortWordsAreNoOrdinaryWords(string word)
    {
        Assert.False(EnglishWords.IsOrdinaryWord(word));
    }
}
