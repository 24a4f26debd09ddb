using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class SiteHeadWordTests
{
    [Fact]
    public void ANameEndingInSpaceportIsASite()
    {
        var facts = Extract.From("The two leaders met at the Velmorny Spaceport on Wednesday morning.");
        Assert.Contains("Velmorny Spaceport", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AResortIsASiteAndNoWordInsideItIsAPlaceOfItsOwn()
    {
        var facts = Extract.From("Guests at the Tarsk-Vine Spring Resort were moved on Friday.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("Tarsk-Vine Spring Resort", places);
        Assert.DoesNotContain("Spring", places);
    }

    [Fact]
    public void AJailWithAPossessiveInItsNameIsOneSite()
    {
        var facts = Extract.From("Three inmates escaped from the Velm County Men’s Jail on Friday, deputies said.");
        Assert.Contains("Velm County Men’s Jail", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheHeadAloneNamesNoSite()
    {
        var facts = Extract.From("Jail officials in Orrby said the inmates were back in their cells.");
        Assert.DoesNotContain("Jail", Extract.PlaceNames(facts));
    }
}
