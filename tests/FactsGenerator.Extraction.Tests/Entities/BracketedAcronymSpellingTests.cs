namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A name spelled by the acronym in brackets after it is a body: also with a place's word inside the name,
/// and when the acronym ends in small letters after the capitals that spell it.</summary>
public class BracketedAcronymSpellingTests
{
    [Theory]
    [InlineData("Volunteers from Orvane Central Kitchen (OCK) handed out meals on Monday.", "Orvane Central Kitchen")]
    [InlineData("Aid from Tarrow North Relief (TNR) reached the valley.", "Tarrow North Relief")]
    [InlineData("Together with its likely partner, the centre-right Nova Velmija (NVi), which has seven seats, the party is short.", "Nova Velmija")]
    public void TheNameIsABody(string sentence, string name)
    {
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The Harbour Business District (HBD) was flooded on Monday.", "Harbour Business District")]
    [InlineData("Traffic on Orvane Kestrel Bridge (OKB) was halted.", "Orvane Kestrel Bridge")]
    [InlineData("Readings from Orvane Kestrel (OkX) were late.", "Orvane Kestrel")]
    public void ANameEndingInAPlaceWordOrAnAcronymWithSmallLettersBetweenIsNoBody(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }
}
