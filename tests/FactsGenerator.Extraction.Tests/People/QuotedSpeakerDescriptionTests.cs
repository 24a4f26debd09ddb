using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>
/// Right after a quotation, a name followed by a description of a person (an apposition whose head is a role or a
/// noun for a person, or an "of the" phrase) and a verb of saying is a person who speaks, however unknown the name:
/// one name alone ("Tarvosk, head of the local rescue agency, told reporters") or a full name before "of the UN ...".
/// </summary>
public class QuotedSpeakerDescriptionTests
{
    [Fact]
    public void OneUnknownNameDescribedAsAPersonAfterAQuotationSpeaks()
    {
        var facts = Extract.From("Ferry lost\n\n\"We are worried that more than a day has passed,\" Tarvosk, head of the local rescue agency, told reporters.");
        Assert.Equal("Tarvosk", Assert.Single(facts.Quotes).Speaker);
        Assert.Equal("head", Extract.Person(facts, "Tarvosk").Role);
    }

    [Fact]
    public void AnUnknownFullNameOfABodyAfterAQuotationSpeaks()
    {
        var facts = Extract.From("Refugees\n\n\"The conflict has displaced many people in the region,\" Ozrane Tulvek-Mbe of the UN refugee agency told AFP on Monday.");
        Assert.Equal("Ozrane Tulvek-Mbe", Assert.Single(facts.Quotes).Speaker);
        Assert.Contains("Ozrane Tulvek-Mbe", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ABodysAppositionIsNoPersonsDescription()
    {
        // ("the largest lender" says what a body is: no role of a person, so the name is left alone.)
        var facts = Extract.From("Loans\n\n\"We will keep lending to farmers across the region,\" Quarvex, the largest lender in the region, said on Monday.");
        Assert.DoesNotContain("Quarvex", Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("Port\n\n\"Operations will resume on Friday,\" Portvel, the owner of the terminal, said.", "Portvel")]
    [InlineData("Summit\n\n\"We are ready to expand,\" Velmoria, the host of the summit, said in a statement.", "Velmoria")]
    public void ANounABodyFillsAsOftenNeedsAKnownGivenName(string text, string name)
    {
        // (Owner and host are a firm's or a country's as often as a person's: as for an apposed single name.)
        var facts = Extract.From(text);
        Assert.DoesNotContain(name, Extract.PeopleNames(facts));
        Assert.Null(Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void AKnownGivenNameWithANounABodyFillsSpeaks()
    {
        var facts = Extract.From("Port\n\n\"Operations will resume on Friday,\" Maria Tarvosk, the owner of the terminal, said.");
        Assert.Equal("Maria Tarvosk", Assert.Single(facts.Quotes).Speaker);
    }
}
