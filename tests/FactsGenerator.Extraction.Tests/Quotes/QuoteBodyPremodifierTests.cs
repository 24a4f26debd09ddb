using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

// A body's acronym, its branch and a role the role list lacks, between the quotation and the person who said it.
public class QuoteBodyPremodifierTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void AnUnlistedRoleAfterAnAcronymStillDescribesThePerson()
    {
        var facts = Extract.From("Drivers stopped work at dawn. \"Nobody is moving until we get paid,\" TRW shift organiser Lerato Dube told the crowd.");
        Assert.Equal("Lerato Dube", Quote(facts, "Nobody is moving").Speaker);
    }

    [Fact]
    public void AnAcronymWithABranchNumberIsTheBodyOfTheRoleNotTheSpeaker()
    {
        var facts = Extract.From("The depot will close next spring. \"They posted record profits in June,\" PKU Branch 17 chairman Oskar Lind told a rally.");
        Assert.Equal("Oskar Lind", Quote(facts, "They posted record").Speaker);
    }

    [Fact]
    public void AnAcronymAloneBeforeTheVerbStaysTheSpeaker()
    {
        // (No person is named here, so the body's acronym itself must keep the quotation.)
        var facts = Extract.From("The depot will close next spring. \"The decision is final,\" PKU said.");
        Assert.Equal("PKU", Quote(facts, "The decision is final").Speaker);
    }

    [Fact]
    public void TwoRolesJoinedByAndAfterTheVerbDescribeOnePerson()
    {
        var facts = Extract.From("A pottery studio opened a second site. \"We hired nine people this spring,\" said owner and head potter Ines Varga.");
        Assert.Equal("Ines Varga", Quote(facts, "We hired nine").Speaker);
    }
}
