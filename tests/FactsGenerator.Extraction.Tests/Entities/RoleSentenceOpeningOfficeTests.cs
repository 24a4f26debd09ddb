namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A lower-case office with its field after "of" keeps working when its head opens the sentence with a capital.</summary>
public class RoleSentenceOpeningOfficeTests
{
    private static string? RoleOf(string text, string name) =>
        Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("Member of parliament Rhona Tallis voted against the harbour budget.")]
    [InlineData("Member of parliament (MP) Rhona Tallis voted against the harbour budget.")]
    public void ACapitalisedHeadOpeningTheSentenceIsTheOffice(string text)
    {
        Assert.Equal("member of parliament", RoleOf(text, "Rhona Tallis"));
    }
}
