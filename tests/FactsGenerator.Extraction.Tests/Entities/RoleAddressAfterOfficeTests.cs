namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A title of address after an office ("Prime Minister Sheikh X") is no word of the office.</summary>
public class RoleAddressAfterOfficeTests
{
    [Fact]
    public void SheikhAfterAnOfficeIsLeftOutOfTheRole()
    {
        var facts = Extract.From("Prime Minister Sheikh Rashid Omran met the envoy on Monday.");
        Assert.Equal("prime minister", Extract.Person(facts, "Sheikh Rashid Omran").Role);
    }

    [Theory]
    [InlineData("The provincial Finance Minister Dr Sara Qadir Malik presented the budget.", "Sara Qadir Malik", "finance minister")]
    [InlineData("Health Minister Dr. Omar Farid opened the clinic in Kano.", "Omar Farid", "health minister")]
    [InlineData("Education Secretary Ms Alina Brook visited the school on Friday.", "Alina Brook", "education secretary")]
    public void AnHonorificAfterAnOfficeLeavesTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void AnHonorificAloneStillTellsTheOccupation()
    {
        var facts = Extract.From("Dr Omar Farid opened the clinic in Kano.");
        Assert.Equal("doctor", Extract.Person(facts, "Omar Farid").Role);
    }
}

/// <summary>"Sheikh" before a name of one word is part of the name.</summary>
public class AddressTitleInOneWordNameTests
{
    [Fact]
    public void SheikhBeforeAOneWordNameStaysInTheName()
    {
        var facts = Extract.From("Prime Minister Sheikh Nasreen opened a rail bridge on Sunday.\n\nNasreen thanked the builders in a speech.");
        var person = Extract.Person(facts, "Sheikh Nasreen");
        Assert.Equal("prime minister", person.Role);
        Assert.Contains("Nasreen", person.Aliases);
    }

    [Fact]
    public void SheikhAloneBeforeAOneWordNameGivesNoRole()
    {
        var facts = Extract.From("\"The talks went well,\" said Sheikh Nasreen after the meeting.");
        Assert.Null(Extract.Person(facts, "Sheikh Nasreen").Role);
    }
}
