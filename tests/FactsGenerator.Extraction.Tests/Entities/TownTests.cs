namespace FactsGenerator.Extraction.Tests.Entities;

public class TownTests
{
    [Theory]
    [InlineData("The coach broke down between Swadlincote and Derby on Friday.", "Swadlincote")]
    [InlineData("Residents of Grimma were told to boil their water.", "Grimma")]
    [InlineData("The ferry left Varberg late on Sunday.", "Varberg")]
    public void ASmallTownStandingAloneIsAPlace(string sentence, string town)
    {
        Assert.Contains(town, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("A new Grimma poll puts the mayor ahead.", "Grimma")]
    [InlineData("Fans praised the Varberg-style harbour festival.", "Varberg")]
    [InlineData("She studied at the Grimma School of Music for a year.", "Grimma")]
    public void ATownNameQualifyingANounIsNoPlace(string sentence, string town)
    {
        Assert.DoesNotContain(town, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ATownOpeningAKnownBodyIsThatBodysShortName()
    {
        var facts = Extract.From("He studied at the Grimma School of Music. Later he taught at Grimma for years.");
        Assert.DoesNotContain("Grimma", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACityWhoseNameOpensWithTheIsFoundAfterALowerCaseThe()
    {
        Assert.Contains("Hague", Extract.PlaceNames(Extract.From("The envoys met again in the Hague on Monday.")));
    }
}
