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
        var facts = Extract.From("The hurdler broke the record on Wednesday. " + name + " said the crowd carried her home.");

        Extract.Person(facts, name);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == name);
    }
}
