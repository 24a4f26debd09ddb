using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class BareCongoTests
{
    [Fact]
    public void ABareCongoInAStoryNamingTheDrCongoIsThatCountry()
    {
        var facts = Extract.From("Aid trucks reached Congo on Monday.\n\nThe Democratic Republic of the Congo has asked for more vaccines, officials said.");
        var names = Extract.PlaceNames(facts);
        Assert.Contains("DR Congo", names);
        Assert.DoesNotContain("Republic of the Congo", names);
        Assert.Contains("Congo", Assert.Single(facts.Places, p => p.Name == "DR Congo").Aliases);
    }

    [Fact]
    public void DrCongoWithATitleCaseDrIsTheCountryNotATitle()
    {
        var facts = Extract.From("He praised a ceasefire between Dr Congo and Rwanda brokered last month.");
        Assert.Contains("DR Congo", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Republic of the Congo", Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void ABareCongoAloneStaysTheRepublicOfTheCongo()
    {
        Assert.Contains("Republic of the Congo", Extract.PlaceNames(Extract.From("Aid trucks reached Congo on Monday, officials said.")));
    }

    [Fact]
    public void ABareCongoIsNotMovedWhenBothCongosAreNamed()
    {
        var facts = Extract.From("Leaders of the Republic of the Congo and the Democratic Republic of the Congo met on Monday.\n\nCongo's leader said the border would reopen.");
        var republic = Assert.Single(facts.Places, p => p.Name == "Republic of the Congo");
        Assert.Contains("Congo", republic.Aliases);
        Assert.DoesNotContain("Congo", Assert.Single(facts.Places, p => p.Name == "DR Congo").Aliases);
    }

    [Fact]
    public void TheCongoRepublicNamesTheOtherCongoToo()
    {
        var facts = Extract.From("Troops from the DRC and neighbouring Congo Republic met on Monday.\n\nCongo said it would send 200 soldiers.");
        Assert.DoesNotContain("Congo", Assert.Single(facts.Places, p => p.Name == "DR Congo").Aliases);
    }
}
