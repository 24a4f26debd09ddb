namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An acronym is what its spelled-out name is: a place, an office or an act is no body.</summary>
public class AcronymGlossTests
{
    [Theory]
    [InlineData("Campaigners want to end VGM [Velm Genital Mutilation] within a decade.", "VGM")]
    [InlineData("Rents in the HBD (Harbour Business District) rose again.", "HBD")]
    [InlineData("The team added QA [quality assurance] to every release.", "QA")]
    [InlineData("The Chief Ward Director (CWD) visited the clinic on Monday.", "CWD")]
    [InlineData("Every build runs Continuous Integration (CI) before release.", "CI")]
    public void AnAcronymSpelledOutAsNoBodyIsNoOrganisation(string sentence, string acronym)
    {
        Assert.DoesNotContain(acronym, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Officials of the VSC [Velmorian Safety Council] met on Monday.")]
    [InlineData("The Velmorian Safety Council (VSC) met on Monday.")]
    public void AnAcronymSpelledOutAsABodyStaysAnOrganisation(string sentence)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.True(System.Array.Exists(names, name => name == "VSC" || name == "Velmorian Safety Council"));
    }
}
