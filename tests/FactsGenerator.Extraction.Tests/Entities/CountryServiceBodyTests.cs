namespace FactsGenerator.Extraction.Tests.Entities;

public class CountryServiceBodyTests
{
    [Fact]
    public void AnAcronymBeforeACountryIsOneBody()
    {
        var facts = Extract.From("A spokesman for KFT Ireland said on Thursday that ticket prices would rise in the spring.");
        Assert.Contains("KFT Ireland", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("KFT", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void EverydayWordsBeforeACountryNameABodyServingIt()
    {
        var facts = Extract.From("Inspectors from Rail Safety Wales said the damaged line would stay shut until March.");
        Assert.Contains("Rail Safety Wales", Extract.OrganizationNames(facts));
        Assert.DoesNotContain(facts.Places, p => p.Name == "Wales");
    }

    [Fact]
    public void ACompassWordBeforeACountryNamesPartOfIt()
    {
        var facts = Extract.From("Heavy snow closed several roads across Western Spain on Sunday, officials said.");
        Assert.DoesNotContain("Western Spain", Extract.OrganizationNames(facts));
    }
}
