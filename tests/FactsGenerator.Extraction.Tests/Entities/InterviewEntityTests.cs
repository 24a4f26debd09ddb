namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// In an interview, an acronym only the interviewee uses is a term of their trade, initials labelling a turn are no
/// body, and the name labelling the answers is a person.
/// </summary>
public class InterviewEntityTests
{
    private static string Interview(string answer) =>
        "Baker talks to Wikinews\n\nOrla Brandt bakes bread in Velmora.\n\n((WN)) How do you bake?\n\n((Orla Brandt)) " + answer
        + "\n\n((WN)) Anything else?\n\n((Orla Brandt)) No.\n\n((WN)) Thank you.";

    [Fact]
    public void AnAcronymHeardOnlyInAnswersIsNoOrganisation()
    {
        Assert.DoesNotContain("KPT", Extract.OrganizationNames(Extract.From(Interview("We keep the KPT of the oven steady all night."))));
    }

    [Fact]
    public void AnAcronymThatActsOrIsNamedInProseStaysABody()
    {
        Assert.Contains("VBG", Extract.OrganizationNames(Extract.From(Interview("The VBG said our flour was the best in town."))));
        Assert.Contains("VBG", Extract.OrganizationNames(Extract.From(Interview("Prices rose. But VBG seems to like rye."))));
        var text = "Baker talks to Wikinews\n\nThe VBG praised Orla Brandt.\n\n((WN)) Why?\n\n((Orla Brandt)) The VBG likes rye.\n\n((WN)) And?\n\n((Orla Brandt)) No.";
        Assert.Contains("VBG", Extract.OrganizationNames(Extract.From(text)));
    }

    [Fact]
    public void AnAcronymThatPublishesInAnAnswerStaysABody()
    {
        Assert.Contains("JVS", Extract.OrganizationNames(Extract.From(Interview("Our study of rye was published in JVS last spring."))));
    }

    [Fact]
    public void InitialsLabellingATurnAreNoOrganisation()
    {
        var text = "Ecologist answers\n\nTessa Morrow counts gulls.\n\n((WN)) Why gulls?\n\nTessa Morrow: I grew up by the sea.\n\n((WN)) How long?\n\nTM: Four summers.\n\n((WN)) Next?\n\nTM: More gulls.";
        Assert.DoesNotContain("TM", Extract.OrganizationNames(Extract.From(text)));
    }

    [Fact]
    public void TheNameLabellingTheAnswersIsAPerson()
    {
        var text = "Weaver talks to Wikinews\n\nA weaver from the hills spoke to us.\n\n((WN)) How did you start?\n\n((Nerys)) My mother taught me.\n\n"
            + "((WN)) And now?\n\n((Nerys)) I sell rugs at the market.";
        Assert.Contains("Nerys", Extract.PeopleNames(Extract.From(text)));
    }
}
