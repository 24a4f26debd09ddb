using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"acting President X", "interim Prime Minister X": a lower-case word saying the office is held for now stays in the role.</summary>
public class ProvisionalTitleTests
{
    [Theory]
    [InlineData("The envoy met acting President Tarin Osei on Monday.", "acting president")]
    [InlineData("The envoy met interim Prime Minister Tarin Osei on Monday.", "interim prime minister")]
    [InlineData("On Saturday, acting U.S. Secretary of State Tarin Osei met the envoy.", "acting secretary of state")]
    public void TheProvisionalWordOpensTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tarin Osei").Role);
    }

    [Fact]
    public void AnOtherLowerCaseWordBeforeTheTitleStaysOut()
    {
        var facts = Extract.From("The envoy met with President Tarin Osei on Monday.");
        Assert.Equal("president", Extract.Person(facts, "Tarin Osei").Role);
    }
}
