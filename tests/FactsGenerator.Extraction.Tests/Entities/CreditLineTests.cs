namespace FactsGenerator.Extraction.Tests.Entities;

public class CreditLineTests
{
    [Theory]
    [InlineData("Marchers filled the square on Sunday.\nBanners near the stage. Image: Tomas Verhoeven.\nThe march ended at noon.", "Tomas Verhoeven")]
    [InlineData("The winger scored twice before the break.  (Image: Lena Marsh)\nThe home side held on.", "Lena Marsh")]
    [InlineData("Crowds lined the road.\nThe parade float.Image: Pieter Dalgaard (flickr).", "Pieter Dalgaard")]
    public void ThePhotographerInAPictureCreditIsNoPerson(string body, string name)
    {
        Assert.DoesNotContain(name, Extract.PeopleNames(Extract.From(body)));
    }

    [Fact]
    public void TheOwnerInAPictureCreditIsNoOrganisation()
    {
        var facts = Extract.From("Workers rebuilt the bridge.\nThe new span. Photo: Harlow Regional Archive.");
        Assert.DoesNotContain("Harlow Regional Archive", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheCaptionBeforeTheCreditKeepsItsNames()
    {
        var facts = Extract.From("The mayor spoke at length.\nMayor Ines Hartvig at the opening. Image: Tomas Verhoeven.");
        Assert.Contains("Ines Hartvig", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Tomas Verhoeven", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APersonNamedInTheArticleStaysWhenAlsoCredited()
    {
        var facts = Extract.From("Photographer Tomas Verhoeven covered the march for the paper.\nThe crowd. Image: Tomas Verhoeven.");
        Assert.Contains("Tomas Verhoeven", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ManyCaptionsKeepEveryCreditOutAndEveryNameIn()
    {
        var body = new System.Text.StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            body.Append("Mayor Ines Hartvig waved. Image: Tomas Verhoeven (Photo: Lena Marsh).\n");
        }

        var facts = Extract.From(body.ToString());
        Assert.Contains("Ines Hartvig", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Tomas Verhoeven", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Lena Marsh", Extract.PeopleNames(facts));
    }
}
