namespace FactsGenerator.Extraction.Tests.Entities;

public class ContextOrganizationTests
{
    [Theory]
    [InlineData("Kestrel Labs announced a new phone on Monday.", "Kestrel Labs")]
    [InlineData("He worked for Castellan before joining Fenwick Partners in 2019.", "Fenwick Partners")]
    [InlineData("The striker signed with Redhill Rovers last year.", "Redhill Rovers")]
    [InlineData("Orvane Pharmaceuticals said the trial had ended.", "Orvane Pharmaceuticals")]
    public void ANameEndingInAWordForABusinessOrAClubIsAnOrganisation(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PeopleNames(facts));
    }

    [Fact]
    public void ABusinessWordAloneIsNoOrganisation()
    {
        var facts = Extract.From("Systems like these fail often, the engineer said.");
        Assert.Empty(Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Senior vice president Tomas Berg added that the plan was sound.", "Senior")]
    [InlineData("Retired teacher Ana Ruiz answered some questions.", "Retired")]
    [InlineData("Incumbent President Jo Kim took a parting shot.", "Incumbent")]
    public void AnAdjectiveOpeningASentenceBeforeARoleIsNoOrganisation(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnOpeningWordBeforeARoleIsAnOrganisationWhenWrittenAsANameElsewhere()
    {
        var facts = Extract.From("Nordwind spokesperson Ana Ruiz said the ships were safe. The ships belong to Nordwind, she said.");
        Assert.Contains("Nordwind", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The Harbour Data Protection Act (HDPA) took effect on Monday. Critics said the HDPA was vague.", "HDPA")]
    [InlineData("Ships carry a Vessel Location System (VLS) on board. The VLS failed twice.", "VLS")]
    [InlineData("The studio added digital rights management (DRM) to the game. Players disliked the DRM.", "DRM")]
    [InlineData("Fans complained about the VTL (video transfer lock) in the update.", "VTL")]
    public void AnAcronymSpelledOutAsAThingIsNoOrganisation(string text, string acronym)
    {
        Assert.DoesNotContain(acronym, Extract.OrganizationNames(Extract.From(text)));
    }

    [Fact]
    public void AnAcronymSpelledOutAsABodyStaysAnOrganisation()
    {
        var facts = Extract.From("The Velmorian Shipping Authority (VSA) closed the port. The VSA said it would reopen.");
        Assert.Contains("Velmorian Shipping Authority", Extract.OrganizationNames(facts));
    }
}
