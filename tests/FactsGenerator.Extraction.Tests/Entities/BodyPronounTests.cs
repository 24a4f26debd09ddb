namespace FactsGenerator.Extraction.Tests.Entities;

public class BodyPronounTests
{
    [Theory]
    [InlineData("Marrow Freight said it would shut two depots before winter.", "Marrow Freight")]
    [InlineData("Tollandine announced its first loss in a decade on Thursday.", "Tollandine")]
    [InlineData("The deal collapsed when Quarrel Bank confirmed that it had walked away.", "Quarrel Bank")]
    [InlineData("Analysts were surprised after Brisking decided it will leave the index.", "Brisking")]
    [InlineData("Halvory Systems said on Friday its orders had doubled.", "Halvory Systems")]
    public void ASpeakerNamedAgainAsItIsABody(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("The stoppage was backed by Delvane, which represents 900 pilots.", "Delvane")]
    [InlineData("Orrin Glass, which supplies three carmakers, moved to a larger office.", "Orrin Glass")]
    [InlineData("Staff praised Kelsmoor, which manages three care homes near the coast.", "Kelsmoor")]
    public void ANameDescribedWithWhichAndWhatItDoesIsABody(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("Portugal said it would send two frigates to the exercise.", "Portugal")]
    [InlineData("Officials said it would take a week to reopen the bridge.", "Officials")]
    [InlineData("Maria Okonjo said it would be a difficult winter for farmers.", "Maria Okonjo")]
    [InlineData("Thandiwe Mokoena said it would take months to repair the road.", "Thandiwe Mokoena")]
    [InlineData("Ayodele Adeyemi said it would cost the town dearly.", "Ayodele Adeyemi")]
    public void APlaceACommonOpenerOrAPersonSpeakingOfItIsNoBody(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(name, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void SayingItWasIsNoSignOfABody()
    {
        var facts = Extract.From("Velko Branimirov said it was the hardest race of his life.");
        Assert.DoesNotContain("Velko Branimirov", Extract.OrganizationNames(facts));
    }
}
