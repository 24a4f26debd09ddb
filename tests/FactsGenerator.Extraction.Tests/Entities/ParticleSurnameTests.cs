namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A surname opened by a particle ("La Fontaine", "De La Cruz") used alone after the full name.</summary>
public class ParticleSurnameTests
{
    [Fact]
    public void AParticleSurnameAloneIsTheFullNamedPersonAndSpeaks()
    {
        var facts = Extract.From("The council heard from architect Marie La Fontaine on Tuesday. La Fontaine called the plan a \"careless gamble\" with public money.");
        var person = Assert.Single(facts.People, p => p.Name == "Marie La Fontaine");
        Assert.Contains("La Fontaine", person.Aliases);
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Marie La Fontaine", quote.Speaker);
    }

    [Fact]
    public void ASurnameOfTwoParticlesIsTheFullNamedPerson()
    {
        var facts = Extract.From("Candidate Tomas De La Cruz spoke first. Later De La Cruz said, \"we will build the bridge next spring.\"");
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Tomas De La Cruz", quote.Speaker);
    }

    [Fact]
    public void AGivenNamePairedWithAParticleSurnameMakesNoNewPerson()
    {
        var facts = Extract.From("Candidates Owen Carroway and Marie La Fontaine debated. Carroway and La Fontaine agreed on taxes.");
        Assert.DoesNotContain("Carroway Fontaine", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Carroway La Fontaine", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AParticleSurnameSharedByTwoKnownPeopleNamesNeither()
    {
        var facts = Extract.From("Ana De Luca and her brother Marco De Luca opened the shop. De Luca said, \"we never expected the crowds.\"");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Ana De Luca" || q.Speaker == "Marco De Luca");
    }

    [Fact]
    public void APlaceOpenedByAParticleIsStillAPlace()
    {
        var facts = Extract.From("Hana Ruiz flew to Des Moines on Friday.");
        Assert.Contains(facts.Places, p => p.Name == "Des Moines");
    }

    [Fact]
    public void ASurnameSharedWithAnotherBearerInTheSentenceIsNoMentionOfTheKnownPerson()
    {
        var facts = Extract.From("Drummer Piet Van Dorn joined in 1990. Four years later Van Dorn signed his cousin Rik Van Dorn as manager.");
        var piet = Assert.Single(facts.People, p => p.Name == "Piet Van Dorn");
        Assert.DoesNotContain("Van Dorn", piet.Aliases);
    }

    [Fact]
    public void ABandCalledByTheFamilySurnameStaysABody()
    {
        var facts = Extract.From("Drummer Piet Van Dorn, a founder of the rock band Van Dorn, retired on Monday.");
        Assert.Contains(facts.Organizations, o => o.Name == "Van Dorn");
    }
}
