namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Names of made things and of works are neither bodies nor places.</summary>
public class ThingNameTests
{
    [Theory]
    [InlineData("Ministers met to discuss the Nordline gas pipeline. Nordline would carry gas north.", "Nordline")]
    [InlineData("The VELTA trial enrolled 600 patients. Results from VELTA were published on Monday.", "VELTA")]
    [InlineData("The tool embeds a small Quillscript interpreter for running pages.", "Quillscript")]
    [InlineData("Tickets sold out for the film Harbour Lights, which opened in Ostravel.", "Harbour Lights")]
    [InlineData("Her novel Glass Orchard sold well. Critics called Glass Orchard a triumph.", "Glass Orchard")]
    [InlineData("The program is a script written in Velmscript by two students.", "Velmscript")]
    public void AMadeThingOrAWorkIsNoEntity(string body, string name)
    {
        var facts = Extract.From(body);
        Assert.DoesNotContain(name, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(name, Extract.PlaceNames(facts));
        Assert.DoesNotContain(name, Extract.PeopleNames(facts));
    }

    [Fact]
    public void ABodyNamedBeforeAThingItRunsIsStillABody()
    {
        var facts = Extract.From("Engineers at the Velm Space Agency telescope reported a fault.");
        Assert.Contains("Velm Space Agency", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AGameOnAWeekdayNamesNoTitle()
    {
        var facts = Extract.From("Fans travelled to the game Wednesday in Ostravel, a city of the north.");
        Assert.Contains("Ostravel", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("She starred as a singer in Turn It Up and as a nurse in Harbour Lights.", "Turn It Up")]
    [InlineData("He performed on stage in The Days of Our Summer in 1961.", "The Days of Our Summer")]
    public void ARunWithACapitalisedPronounOrParticleInsideIsATitleNotAPlace(string body, string title)
    {
        Assert.DoesNotContain(Extract.PlaceNames(Extract.From(body)), name => name.Contains(title) || title.Contains(name));
    }
}
