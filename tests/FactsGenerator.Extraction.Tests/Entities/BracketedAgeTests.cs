namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Ages after a name as the press writes them: in brackets ("Ana Velasco (45), a nurse") hiding no apposition,
/// and before the town the person lives in ("Ana Velasco, 45, of Leeds"), which is no affiliation.</summary>
public class BracketedAgeTests
{
    [Fact]
    public void TheAppositionAfterABracketedAgeIsTheRole()
    {
        var facts = Extract.From("Ana Velasco (45), a ferry pilot, said the crossing was rough.");
        Assert.Equal("ferry pilot", Extract.Person(facts, "Ana Velasco").Role);
    }

    [Fact]
    public void ABracketedFigureThatIsNoAgeIsNotSkipped()
    {
        var facts = Extract.From("Ana Velasco (2019), a ferry pilot, said the crossing was rough.");
        Assert.Null(Extract.Person(facts, "Ana Velasco").Role);
    }

    [Fact]
    public void ATownAfterTheAgeIsWhereThePersonLivesNotAnAffiliation()
    {
        var facts = Extract.From("Ana Velasco, 45, of Leeds, was hurt in the crash.");
        Assert.Null(Extract.Person(facts, "Ana Velasco").Affiliation);
        Assert.Contains("Leeds", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ABodyWithItsArticleAfterTheAgeIsTheAffiliation()
    {
        var facts = Extract.From("Ana Velasco, 45, of the Velm Rowing Club, won the race.");
        Assert.Equal("Velm Rowing Club", Extract.Person(facts, "Ana Velasco").Affiliation);
    }
}
