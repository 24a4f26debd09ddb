using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A nightclub, a bar, a pub, a restaurant, a cafe or a condominium named before its lower-case kind is a place named
// with its kind, the bare name an alias.
public class VenueKindAfterNameTests
{
    [Theory]
    [InlineData("Flames tore through the Lantern nightclub in Velmora late on Saturday.", "Lantern nightclub", "Lantern")]
    [InlineData("Rescuers searched the rubble of the Orrin Towers East condominium on Friday.", "Orrin Towers East condominium", "Orrin Towers East")]
    [InlineData("One of them was the Tarsk-Cafe bar where dozens of people were dancing.", "Tarsk-Cafe bar", "Tarsk-Cafe")]
    [InlineData("Staff at the Velm Arms pub said it would reopen next week.", "Velm Arms pub", "Velm Arms")]
    public void TheVenueIsNamedWithItsKindAndTheBareNameIsAnAlias(string sentence, string place, string alias)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.Contains(alias, Assert.Single(facts.Places, p => p.Name == place).Aliases);
    }

    [Fact]
    public void BarBeforeACapitalisedNameIsAPatronymicNoVenue()
    {
        var facts = Extract.From("Pilgrims gathered at the tomb of Rabbi Orren bar Velmai on the hill.");
        Assert.DoesNotContain(Extract.PlaceNames(facts), name => name.EndsWith(" bar", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ABodysHeadWordBeforeBarNamesTheBodysLawyersOrRoomNoVenue()
    {
        var facts = Extract.From("She was admitted to the Velm Supreme Court bar in 1990.");
        Assert.DoesNotContain("Velm Supreme Court bar", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AKnownChainBeforeTheKindOwnsTheVenueAndNamesNone()
    {
        var facts = Extract.From("The men ate at the McDonald's restaurant near the station before the raid.");
        Assert.DoesNotContain("McDonald's restaurant", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheKindBeforeANounItQualifiesNamesNoVenue()
    {
        var facts = Extract.From("Investigators said the Lantern nightclub fire began on the stage.");
        Assert.DoesNotContain("Lantern nightclub", Extract.PlaceNames(facts));
    }

    [Fact]
    public void BarBeforeAnUnlistedLowerCaseWordMakesOneTermNoVenue()
    {
        var facts = Extract.From("Rabbi Jo Karsten said the Velm bar mitzvah was held on Saturday.");
        Assert.DoesNotContain(Extract.PlaceNames(facts), name => name.EndsWith(" bar", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AVenueBeforeAShortClauseWordIsStillNamed()
    {
        var facts = Extract.From("Ana Ruiz ran the Lantern nightclub in Velmora until it closed.");
        Assert.Contains("Lantern nightclub", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Jo Tarrant opened the Tarrant restaurant in 1990. Tarrant said on Monday it would close.", "Jo Tarrant", "Tarrant")]
    [InlineData("Chef Ana Merrow, 52, said the Merrow cafe would stay open. Merrow told staff on Friday.", "Ana Merrow", "Merrow")]
    public void AVenueNamedByTheFamilyNameOfAPersonNamedBeforeIsNoPlaceAndTheNameStaysThePersons(string text, string person, string surname)
    {
        var facts = Extract.From(text);
        Assert.DoesNotContain(Extract.PlaceNames(facts), name => name.StartsWith(surname, System.StringComparison.Ordinal));
        Assert.Contains(surname, Assert.Single(facts.People, p => p.Name == person).Aliases);
    }

    [Fact]
    public void AStreetsNameBeforeTheKindSaysWhereTheVenueIsAndTheStreetIsThePlace()
    {
        var facts = Extract.From("Ken Lowe, who runs the Velm Street cafe, said trade had slowed.");
        Assert.Contains("Velm Street", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Velm Street cafe", Extract.PlaceNames(facts));
    }
}
