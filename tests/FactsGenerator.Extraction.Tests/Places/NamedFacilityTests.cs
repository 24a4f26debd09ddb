using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class NamedFacilityTests
{
    [Theory]
    [InlineData("Cholera spread quickly through the Dorvali refugee camp last month.", "Dorvali refugee camp")]
    [InlineData("Families walked for days to reach Karunde refugee settlement near the border.", "Karunde refugee settlement")]
    [InlineData("Trucks queued for hours at the Tessala crossing on Sunday.", "Tessala crossing")]
    [InlineData("The convoy passed through the Marbani border crossing at dawn.", "Marbani border crossing")]
    [InlineData("All flights were grounded at Quelvin airport after the storm.", "Quelvin airport")]
    [InlineData("Fans at the Drosvaru stadium stormed the pitch after the match.", "Drosvaru stadium")]
    [InlineData("Inmates from the Kettu Marra prison have been moved to safety.", "Kettu Marra prison")]
    [InlineData("Gunmen stopped the bus along Tarvoli ring road on Monday.", "Tarvoli ring road")]
    public void AFacilityNamedBeforeItsKindKeepsTheKind(string sentence, string place)
    {
        var places = Extract.From(sentence).Places;
        var facility = Assert.Single(places, p => p.Name == place);
        Assert.DoesNotContain(places, p => p != facility && place.StartsWith(p.Name + " ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ABareCampInAStoryOfRefugeesIsASite()
    {
        var places = Extract.PlaceNames(Extract.From("Some 300 families will leave Tarvo camp this week. Aid workers said the refugees were exhausted."));
        Assert.Contains("Tarvo camp", places);
    }

    [Fact]
    public void RefugeesInASentenceThatNamesNobodyMakeItACampStory()
    {
        var places = Extract.PlaceNames(Extract.From("Some 300 families will leave Tarvo camp this week. The refugees were exhausted."));
        Assert.Contains("Tarvo camp", places);
    }

    [Fact]
    public void ABareCampInAStoryOfNoRefugeesIsASide()
    {
        var places = Extract.PlaceNames(Extract.From("The Marvosa camp said on Monday that the polls were wrong, and the Marvosa camp would fight on."));
        Assert.DoesNotContain("Marvosa camp", places);
    }

    [Fact]
    public void TheArabicArticleGluedBeforeTheNameBelongsToTheCamp()
    {
        var places = Extract.PlaceNames(Extract.From("Families left the Al-Surra refugee camp in the north. Conditions in al-Surra camp have worsened for the displaced."));
        Assert.Contains("Al-Surra refugee camp", places);
        Assert.DoesNotContain("al-Surra camp", places);
    }

    [Fact]
    public void AFacilityNamedAfterAKnownTownIsNoMentionOfTheTown()
    {
        var places = Extract.PlaceNames(Extract.From("Passengers were stranded at Calicut airport for a day."));
        Assert.Contains("Calicut airport", places);
        Assert.DoesNotContain("Calicut", places);
    }

    [Theory]
    [InlineData("Ana Ruiz campaigned hard, and the Ruiz camp said it was confident of victory.", "Ruiz")]
    [InlineData("Many Velmi refugees fled across the river to the Velmi refugee camp.", "Velmi")]
    [InlineData("Voters from the Remain camp gathered in the square.", "Remain")]
    [InlineData("Supporters of the pro-Tarvosk camp marched on Sunday.", "Tarvosk")]
    [InlineData("Builders said the Quelvin stadium project would cost more.", "Quelvin")]
    public void NoFacilityWhereTheNameIsAPersonAPeopleOrASide(string sentence, string name)
    {
        var places = Extract.PlaceNames(Extract.From(sentence));
        Assert.DoesNotContain(places, p => p.StartsWith(name + " ", System.StringComparison.Ordinal) || p.StartsWith("pro-" + name, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A Baghdad airport was shelled overnight.", "Baghdad")]
    [InlineData("The prisoner was attacked in California prison last week.", "California")]
    public void AKnownPlaceAfterAOrAUsStateBeforeTheKindStaysThePlace(string sentence, string place)
    {
        var places = Extract.PlaceNames(Extract.From(sentence));
        Assert.Contains(place, places);
        Assert.DoesNotContain(places, p => p.StartsWith(place + " ", System.StringComparison.Ordinal));
    }
}
