namespace FactsGenerator.Extraction.Tests.Entities;

public class RivalFirmTests
{
    [Fact]
    public void RivalOpeningASentenceBeforeAFirmNameIsNoRole()
    {
        var facts = Extract.From("Orvane Pay grew quickly in the north. Rival Quillmark raised $7 million from investors in June.");
        Assert.DoesNotContain(facts.People, p => p.Name == "Quillmark");
        Assert.Contains("Quillmark", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void RivalBeforeAGivenNameStillDescribesAPerson()
    {
        var facts = Extract.From("Rival Dana Ortiz conceded the race late on Tuesday night.");
        Assert.Contains(facts.People, p => p.Name == "Dana Ortiz");
        Assert.DoesNotContain("Dana Ortiz", Extract.OrganizationNames(facts));
    }
}
