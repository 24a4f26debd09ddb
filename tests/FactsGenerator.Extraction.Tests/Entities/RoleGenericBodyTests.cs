namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A body named only by common words before a capitalised office stays in the office.</summary>
public class RoleGenericBodyTests
{
    [Fact]
    public void ABodyOfCommonWordsStaysInTheOffice()
    {
        var facts = Extract.From("Central Bank Governor Lina Marsh said inflation would slow this year.");
        var person = Extract.Person(facts, "Lina Marsh");
        Assert.Equal("central bank governor", person.Role);
        Assert.Equal("Central Bank", person.Affiliation);
    }

    [Fact]
    public void ACourtOfCommonWordsStaysInTheJudgesOffice()
    {
        var facts = Extract.From("Superior Court Judge Nadia Pell set bail at a hearing on Monday.");
        Assert.Equal("superior court judge", Extract.Person(facts, "Nadia Pell").Role);
    }

    [Fact]
    public void ALoneBodyHeadLeftAfterATitleWordIsNotAdded()
    {
        var facts = Extract.From("Supreme Court Justice Mara Lindt wrote the opinion.");
        Assert.Equal("justice", Extract.Person(facts, "Mara Lindt").Role);
    }

    [Fact]
    public void ABodyWithAProperNameIsOnlyTheAffiliation()
    {
        var facts = Extract.From("Dorvane Bank President Jo Kimble said profits rose.");
        Assert.Equal("president", Extract.Person(facts, "Jo Kimble").Role);
    }

    [Theory]
    [InlineData("Federal Reserve Board Chairman Jo Kimble said rates would hold.")]
    [InlineData("National Election Commission Chairman Jo Kimble announced the results.")]
    public void ABodyCutFromALongerNameStaysOutOfTheOffice(string sentence)
    {
        Assert.Equal("chairman", Extract.Person(Extract.From(sentence), "Jo Kimble").Role);
    }

    [Theory]
    [InlineData("Acting Central Bank Governor Lina Marsh said inflation would slow.")]
    [InlineData("The Central Bank Governor Lina Marsh said inflation would slow.")]
    public void ARankOrAnArticleBeforeTheBodyLeavesItWhole(string sentence)
    {
        Assert.EndsWith("central bank governor", Extract.Person(Extract.From(sentence), "Lina Marsh").Role);
    }

    [Theory]
    [InlineData("Former Central Bank Governor Lina Marsh warned that prices would climb again.", "former central bank governor")]
    [InlineData("Ex-Central Bank Governor Lina Marsh warned that prices would climb again.", "ex-central bank governor")]
    [InlineData("The ex-Central Bank Governor Lina Marsh warned that prices would climb again.", "ex-central bank governor")]
    public void AFormerOfficeOpensWithItsTenureWordBeforeTheBody(string sentence, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(sentence), "Lina Marsh").Role);
    }
}
