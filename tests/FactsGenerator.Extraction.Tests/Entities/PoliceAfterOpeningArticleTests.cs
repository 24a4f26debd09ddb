namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"The police chief, Ana Ruiz," opening a sentence: the capitalised article before "police" names no force, so
/// "police" stays in the role.</summary>
public class PoliceAfterOpeningArticleTests
{
    [Theory]
    [InlineData("The police chief, Wendell Ashgrove, asked drivers to stay away.", "Wendell Ashgrove", "police chief")]
    [InlineData("A police spokeswoman, Carys Penhallow, said two men were held.", "Carys Penhallow", "police spokeswoman")]
    public void PoliceStaysInTheRole(string text, string name, string role) =>
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
}
