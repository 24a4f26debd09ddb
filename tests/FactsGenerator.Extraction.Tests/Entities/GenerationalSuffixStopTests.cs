namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>The period of "Jr." and "Sr." is part of a person's name.</summary>
public class GenerationalSuffixStopTests
{
    [Theory]
    [InlineData("Coach Tomas Berg Jr. named his squad for the cup final.", "Tomas Berg Jr.")]
    [InlineData("The award went to the retired pilot Harlan Vell Sr.", "Harlan Vell Sr.")]
    [InlineData("\"We are proud of her,\" said Orrin B. Malloy Jr., the team's coach.", "Orrin B. Malloy Jr.")]
    public void TheStopIsKept(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void ASuffixWrittenWithoutAStopStaysSo()
    {
        Assert.Contains("Tomas Berg Jr", Extract.PeopleNames(Extract.From("Coach Tomas Berg Jr named his squad for the cup final.")));
    }

    [Fact]
    public void TheSpeakerKeepsTheStopToo()
    {
        var facts = Extract.From("Coach Tomas Berg Jr. named his squad on Monday.\n\n\"They have earned it,\" Berg said.");
        Assert.Contains(facts.Quotes, q => q.Speaker == "Tomas Berg Jr.");
    }
}
