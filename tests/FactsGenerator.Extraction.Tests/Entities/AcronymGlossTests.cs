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
    [InlineData("The lab dated the shards with Photon-assisted grain reflection/scattering (PAGRS) last year.", "PAGRS")]
    [InlineData("The roof carries a folding photovoltaic array (PVA) since 1984.", "PVA")]
    [InlineData("He served as Deputy Harbour Warden (Dep HW) of Ostravel for a decade.", "HW")]
    [InlineData("The samples went through a flight mass meter (FL MM) overnight.", "MM")]
    [InlineData("The samples went through a flight mass meter (FL MM) overnight.", "FL")]
    [InlineData("The lab sequenced the hydroxybenzoic compound (HBC) twice.", "HBC")]
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

    [Theory]
    [InlineData("The game now runs on a VPS [Velm Private Server] in the attic.", "VPS")]
    [InlineData("Families waited for the Harbour Emergency Relief Benefit (HERB) all spring.", "HERB")]
    [InlineData("The ship carried a Long Range Signal and Tracking (LRST) system.", "LRST")]
    [InlineData("Every household gets an RPC card [ration price card] from the office.", "RPC")]
    [InlineData("The plan is QMT - quick mass transit - along the coast.", "QMT")]
    [InlineData("Herds near the river caught a wasting lung disease, or WLD, that spring.", "WLD")]
    [InlineData("Growers fear the leaf curl blight, or LCB, more than frost.", "LCB")]
    public void AnAcronymSpelledOutLetterForLetterByAThingIsNoOrganisation(string sentence, string acronym)
    {
        Assert.DoesNotContain(acronym, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Radio Velm Welle (RVW) reported the fire on Monday.", "RVW")]
    [InlineData("Fighters of the VSN (Velmorian State of the North) crossed the river. The VSN said it would fight on.", "VSN")]
    public void AnAcronymSpelledOutAsSomethingThatActsAsABodyStaysAnOrganisation(string sentence, string acronym)
    {
        // Either the acronym is the body's name or it is an alias of the spelled-out name.
        var facts = Extract.From(sentence);
        Assert.Contains(facts.Organizations, body => body.Name == acronym || System.Linq.Enumerable.Contains(body.Aliases, acronym));
    }

    [Fact]
    public void InitialsOpeningTheAnswersOfAnInterviewAreNoOrganisation()
    {
        var body = "((WN)) How did the survey start?\n\nJV We counted birds on the cliffs every spring.\n\n((WN)) What surprised you?\n\n"
            + "JV The colony grew faster than we expected.";
        Assert.DoesNotContain("JV", Extract.OrganizationNames(Extract.From(body)));
    }

    [Fact]
    public void AnAcronymThatOpensAParagraphAndActsElsewhereStaysABody()
    {
        var body = "VWA Officials met on Monday.\n\nVWA Inspectors visited the dam.\n\nThe VWA said the dam was safe.";
        Assert.Contains("VWA", Extract.OrganizationNames(Extract.From(body)));
    }

    [Theory]
    [InlineData("Astronomers found a black hole in the system HR 4796 last year.", "HR")]
    [InlineData("The plant was certified to QS 8120 in the spring.", "QS")]
    public void CapitalsBeforeACatalogueNumberAreNoOrganisation(string sentence, string acronym)
    {
        Assert.DoesNotContain(acronym, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnAcronymBeforeAYearStaysABody()
    {
        Assert.Contains("VFA", Extract.OrganizationNames(Extract.From("Athletes gathered for the VFA 2019 meeting, and the VFA said records fell.")));
    }

    [Fact]
    public void AShortFormAfterACommaAndOrStaysTheBodysAlias()
    {
        var facts = Extract.From("Crews from the Velmorian Flood Response Agency, or VFRA, arrived on Monday. The VFRA said more would come.");
        Assert.Contains(facts.Organizations, body => body.Name == "Velmorian Flood Response Agency" && System.Linq.Enumerable.Contains(body.Aliases, "VFRA"));
    }
}
