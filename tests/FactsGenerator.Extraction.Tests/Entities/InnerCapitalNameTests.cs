namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Family names written with a capital inside ("McLaughlin", "MacDonald") are known family names, so a
/// lone one before a verb of saying is a person and never a body.</summary>
public class InnerCapitalNameTests
{
    [Theory]
    [InlineData("McLaughlin")]
    [InlineData("McCarthy")]
    public void ALoneFamilyNameWithACapitalInsideSpeaksAsAPerson(string name)
    {
        var facts = Extract.From("The plumber fixed the leak on Wednesday. " + name + " said the job took an hour.");

        Extract.Person(facts, name);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == name);
    }
}
