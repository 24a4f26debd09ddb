using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"X, minister of export promotion, international trade and economic development,": an office's lower-case
/// field may be a series of fields set off by commas and closed by "and"; the whole series is the field.</summary>
public class FieldSeriesTests
{
    [Fact]
    public void FieldsSetOffByCommasAndClosedByAndAreOneField()
    {
        var facts = Extract.From("Ana Ruiz, Velmoria's minister of port works, coastal trade and regional development, said the talks would resume.");
        var person = Extract.Person(facts, "Ana Ruiz");
        Assert.Equal("minister of port works, coastal trade and regional development", person.Role);
        Assert.Equal("Velmoria", person.Affiliation);
    }

    [Fact]
    public void AFieldOfTwoWordsBeforeAndGoesOnPastTheAnd()
    {
        var facts = Extract.From("Jo Kim, head of flood response and logistics for the Tarsk district council, said most houses were lost.");
        Assert.Equal("head of flood response and logistics", Extract.Person(facts, "Jo Kim").Role);
    }

    [Fact]
    public void ASeriesAfterForCompletesACounselorsRemit()
    {
        var facts = Extract.From("Tom Berg, the governor's senior counselor for shipping and manufacturing, rejected the claim on Friday.");
        Assert.Equal("senior counselor for shipping and manufacturing", Extract.Person(facts, "Tom Berg").Role);
    }

    [Fact]
    public void AVerbOfSayingEndsAFieldOfTwoWords()
    {
        var facts = Extract.From("Seven people died in the storm, Lena Holt, the state's minister for flood management said on Sunday.");
        Assert.Equal("minister for flood management", Extract.Person(facts, "Lena Holt").Role);
    }

    [Fact]
    public void PeopleListedAfterTheOfficeAreNoField()
    {
        var facts = Extract.From("The visit was led by Mia Lund, head of research, analysts and engineers of the Velm Trust.");
        Assert.Equal("head of research", Extract.Person(facts, "Mia Lund").Role);
    }

    [Fact]
    public void ASecondPersonAfterTheCommaIsNoField()
    {
        var facts = Extract.From("Mia Lund, head of research, and Tom Berg, head of sales, signed the letter.");
        Assert.Equal("head of research", Extract.Person(facts, "Mia Lund").Role);
        Assert.Equal("head of sales", Extract.Person(facts, "Tom Berg").Role);
    }

    [Theory]
    [InlineData("The delegation included Jo Kimura, head of research, staff and security.")]
    [InlineData("The delegation included Jo Kimura, head of research, crew and guards.")]
    public void AGroupOfPeopleAfterTheOfficeIsNoField(string text)
    {
        Assert.Equal("head of research", Extract.Person(Extract.From(text), "Jo Kimura").Role);
    }
}
