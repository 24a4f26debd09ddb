using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Secretary of the Interior", "Secretary of the Treasury": a field of government written with "the" completes
/// the office, and is no body.</summary>
public class ArticlePortfolioTests
{
    [Fact]
    public void TheInteriorIsPartOfTheOffice()
    {
        var facts = Extract.From("US Secretary of the Interior Helen Marsh approved the pipeline on Tuesday.");
        var person = Extract.Person(facts, "Helen Marsh");
        Assert.Equal("secretary of the interior", person.Role);
        Assert.Equal("United States", person.Affiliation);
    }

    [Fact]
    public void TheTreasuryIsPartOfTheOffice()
    {
        var facts = Extract.From("The cuts were needed, said US Secretary of the Treasury Helen Marsh.");
        Assert.Equal("secretary of the treasury", Extract.Person(facts, "Helen Marsh").Role);
    }

    [Fact]
    public void ANamedBodyAfterTheStaysTheAffiliation()
    {
        var facts = Extract.From("President of the Velmorian Republic Helen Marsh spoke to reporters.");
        Assert.Equal("president", Extract.Person(facts, "Helen Marsh").Role);
    }
}
