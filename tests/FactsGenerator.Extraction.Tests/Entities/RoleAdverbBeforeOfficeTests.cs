namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// An adverb such as "also", "still" or "already" between a copula or an apposition's comma and the office does not
/// hide the office.
/// </summary>
public class RoleAdverbBeforeOfficeTests
{
    private static string? RoleOf(string text, string name) => Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("The award went to Tom Weller and Ana Torres. Weller is also a lecturer at Velm College.", "Tom Weller", "lecturer")]
    [InlineData("Ben Okafor was still the mayor when the bridge opened.", "Ben Okafor", "mayor")]
    public void AnAdverbAfterTheCopulaIsSkipped(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Fact]
    public void AnAdverbOpeningTheAppositionIsSkipped()
    {
        Assert.Equal("chemist", RoleOf("Mara Lindqvist, also a chemist, tested the samples in March.", "Mara Lindqvist"));
    }
}
