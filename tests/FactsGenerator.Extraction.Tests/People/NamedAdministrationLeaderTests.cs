using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"the Trump administration", "during the Obama administration": the one capitalised word before a lower-case
/// "administration" is the leader the government is named after, a person.</summary>
public class NamedAdministrationLeaderTests
{
    [Theory]
    [InlineData("Scientists criticised the Trump administration on Monday.", "Trump")]
    [InlineData("The same hackers broke into federal agencies during the Obama administration.", "Obama")]
    [InlineData("The Quarvell administration's budget cuts research funding.", "Quarvell")]
    public void TheWordBeforeAdministrationIsALeader(string text, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(text)));
    }

    [Theory]
    // Words of a kind of government, demonyms and places are no leaders.
    [InlineData("The Federal administration said it would act.", "Federal")]
    [InlineData("The Interim administration promised elections.", "Interim")]
    [InlineData("The Kurdish administration runs the camp.", "Kurdish")]
    [InlineData("The Kabul administration denied the report.", "Kabul")]
    // A capitalised "Administration" is a body's name, not a leader's government.
    [InlineData("The Quarvell Administration issued a permit.", "Quarvell")]
    // One of the most common English words is a title-case word, not a surname.
    [InlineData("Officials said the Water administration failed to act.", "Water")]
    [InlineData("Critics said the Budget administration had cut funds.", "Budget")]
    public void NoLeaderFromAKindOfGovernmentOrAPlace(string text, string name)
    {
        Assert.DoesNotContain(name, Extract.PeopleNames(Extract.From(text)));
    }

    // A word that opens a body's longer name, read earlier in the text, is that body's short name (looked up by the
    // first word, among several bodies and places).
    [Fact]
    public void AWordOpeningAKnownBodysNameIsNoLeader()
    {
        var facts = Extract.From("The Quarvell Mining Company and the Tolland Water Board signed a deal with Velm City Council. Critics said the Quarvell administration had cut funds, and the Tramble administration agreed.");
        var names = Extract.PeopleNames(facts);
        Assert.DoesNotContain("Quarvell", names);
        Assert.Contains("Tramble", names);
    }

    // A rarer English word is a surname ("Trump"); a common one the text names in full elsewhere is merged into the
    // full name, not lost.
    [Fact]
    public void ACommonWordNamedInFullElsewhereStaysTheLeader()
    {
        var names = Extract.PeopleNames(Extract.From("Gordon Vellamy Brown spoke on Monday. Critics said the Brown administration had cut funds."));
        Assert.Contains("Gordon Vellamy Brown", names);
        Assert.DoesNotContain("Brown", names);
    }
}
