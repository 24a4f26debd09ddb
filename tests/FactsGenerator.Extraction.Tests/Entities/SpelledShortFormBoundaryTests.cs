using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A short form in brackets whose letters the whole run spells tells where a body's name begins and ends.</summary>
public class SpelledShortFormBoundaryTests
{
    [Fact]
    public void AShortFormAfterTheNameJoinsItAcrossIn()
    {
        var facts = Extract.From("Samples went to the Harbour Centre for Studies in Coastal Waters (HCSCW) last spring.");
        var body = Assert.Single(facts.Organizations, o => o.Name.StartsWith("Harbour Centre", System.StringComparison.Ordinal));
        Assert.Equal("Harbour Centre for Studies in Coastal Waters", body.Name);
        Assert.Contains("HCSCW", body.Aliases);
    }

    [Fact]
    public void AnOwnerBeforeTheSpelledRunStaysOutOfIt()
    {
        var facts = Extract.From("Tests ran at Velmoria Tech's Institute for Trials in Deep Oceans (ITDO), the team said.");
        Assert.Contains("Institute for Trials in Deep Oceans", facts.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void AShortFormBeforeTheBracketedNameJoinsItAcrossAnd()
    {
        var facts = Extract.From("The minister asked ORFS [Office for Roads and Ferry Safety] to report within a week.");
        Assert.Contains("Office for Roads and Ferry Safety", facts.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void AShortFormThatTheSecondNameSpellsAloneJoinsNothing()
    {
        var facts = Extract.From("She moved from the Lakeside Institute to the Arden Reef Trust (ART) in May.");
        var names = facts.Organizations.Select(o => o.Name).ToArray();
        Assert.Contains("Lakeside Institute", names);
        Assert.Contains("Arden Reef Trust", names);
    }

    [Theory]
    [InlineData("According to Letters from Velmora (LFV), the shops closed early.", "Letters from Velmora", "LFV")]
    [InlineData("Staff at Builders without Borders (BWB) agreed to help.", "Builders without Borders", "BWB")]
    public void AShortFormJoinsTheNameAcrossOtherPrepositions(string sentence, string name, string shortForm)
    {
        var facts = Extract.From(sentence);
        var body = Assert.Single(facts.Organizations, o => o.Name == name);
        Assert.Contains(shortForm, body.Aliases);
    }
}
