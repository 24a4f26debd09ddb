namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A title of address after an office ("Prime Minister Sheikh X") is no word of the office.</summary>
public class RoleAddressAfterOfficeTests
{
    [Fact]
    public void SheikhAfterAnOfficeIsLeftOutOfTheRole()
    {
        var facts = Extract.From("Prime Minister Sheikh Rashid Omran met the envoy on Monday.");
        Assert.Equal("prime minister", Extract.Person(facts, "Rashid Omran").Role);
    }
}
