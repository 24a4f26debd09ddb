namespace FactsGenerator.Extraction.Tests.Entities;

public class DemonymBeforePersonTests
{
    [Theory]
    [InlineData("American Tom Hallworth won the final in Oslo on Sunday.", "Tom Hallworth", "United States")]
    [InlineData("On Sunday, Kenyan Mercy Wambeti took the title in Oslo. Wambeti said she was tired.", "Mercy Wambeti", "Kenya")]
    [InlineData("American Sydney Hallworth won the sprint title in Oslo.", "Sydney Hallworth", "United States")]
    [InlineData("Norwegian Austin Vellaby finished second in Oslo.", "Austin Vellaby", "Norway")]
    public void NationalityBeforeAFullNameIsTheAffiliation(string sentence, string name, string country)
    {
        var facts = Extract.From(sentence);
        Assert.Equal(country, Extract.Person(facts, name).Affiliation);
        Assert.DoesNotContain(name.Split(' ')[0], Extract.PlaceNames(facts));
    }

    [Fact]
    public void ABodyOpeningWithADemonymIsLeftWhole()
    {
        var facts = Extract.From("The American Civil Liberties Union sued the city.");
        Assert.Contains("American Civil Liberties Union", Extract.OrganizationNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void ATitledNameIsLeftToTheTitleRule()
    {
        var person = Extract.Person(Extract.From("She met British Prime Minister Tom Hallworth in Oslo."), "Tom Hallworth");
        Assert.Equal("prime minister", person.Role);
        Assert.Equal("United Kingdom", person.Affiliation);
    }
}
