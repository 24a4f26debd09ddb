using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Sheikh", "Sheikha", "Alhaji", "Alhaja" and "Hajiya" before a name of several words stay in the name, the
/// name without them an alias; "Dr" and "Mr" are still left out.</summary>
public class HonorificKeptInNameTests
{
    [Theory]
    [InlineData("Sheikh Tamir Rashid Alwani, the emir's envoy, said the talks would resume.", "Sheikh Tamir Rashid Alwani", "Tamir Rashid Alwani")]
    [InlineData("Alhaji Musa Danbello said the market would reopen on Monday.", "Alhaji Musa Danbello", "Musa Danbello")]
    [InlineData("The dead included Hajiya Zainab Yakasai, a trader from the old quarter.", "Hajiya Zainab Yakasai", "Zainab Yakasai")]
    public void TheTitleStaysInTheNameAndTheRestIsAnAlias(string text, string name, string alias)
    {
        var person = Extract.Person(Extract.From(text), name);
        Assert.Contains(alias, person.Aliases);
    }

    [Fact]
    public void AnOfficeBeforeTheTitleIsStillTheRole()
    {
        var facts = Extract.From("Interior Minister Sheikha Noor Hamdan al-Khalil said the border would stay shut.");
        var person = Extract.Person(facts, "Sheikha Noor Hamdan al-Khalil");
        Assert.Equal("interior minister", person.Role);
        Assert.Contains("Noor Hamdan al-Khalil", person.Aliases);
    }

    [Theory]
    [InlineData("The deputy governor, Sheikh Omar Dalmavi, said the road would reopen.", "Sheikh Omar Dalmavi", "deputy governor")]
    [InlineData("The union's chairman, Sheikh Omar Farah Dalmavi, said the strike would go on.", "Sheikh Omar Farah Dalmavi", "chairman")]
    public void AnOfficeWrittenBeforeTheTitleIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void ALaterSurnameIsStillAnAlias()
    {
        var facts = Extract.From("Alhaji Musa Danbello opened the depot on Monday.\n\nDanbello said more trucks would come.");
        Assert.Contains("Danbello", Extract.Person(facts, "Alhaji Musa Danbello").Aliases);
    }

    [Theory]
    [InlineData("Dr Tamir Alwani said the clinic would reopen.", "Tamir Alwani")]
    [InlineData("Mr Musa Danbello said the market would reopen.", "Musa Danbello")]
    public void OtherHonorificsStayOutOfTheName(string text, string name)
    {
        Assert.Equal(name, Assert.Single(Extract.From(text).People).Name);
    }
}
