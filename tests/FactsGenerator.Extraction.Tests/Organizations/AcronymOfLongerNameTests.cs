using System.Linq;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>An acronym written without brackets is the body whose name it spells even when that name carries words its
/// acronym leaves out: a company's legal form ("General Motors Co" for "GM"), the UN or the EU before an agency, a head
/// word and "of" before the field ("Bureau of Alcohol, Tobacco and Firearms" for "ATF").</summary>
public class AcronymOfLongerNameTests
{
    [Theory]
    [InlineData("Harlow Marine Technologies Inc recalled 2,000 boats on Monday. HMT said the fault had caused three crashes.",
        "Harlow Marine Technologies Inc", "HMT")]
    [InlineData("The UN Ocean Mapping Programme said on Tuesday that the survey would go on. An OMP spokesman said the ships were ready.",
        "UN Ocean Mapping Programme", "OMP")]
    [InlineData("Agents from the Bureau of Mines, Quarries and Tunnels inspected the site. MQT inspectors found no fault.",
        "Bureau of Mines, Quarries and Tunnels", "MQT")]
    public void TheAcronymIsAnAliasOfTheLongerName(string text, string name, string acronym)
    {
        var facts = Extract.From(text);
        var body = Assert.Single(facts.Organizations, o => o.Name == name);
        Assert.Contains(acronym, body.Aliases);
        Assert.DoesNotContain(acronym, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TwoLettersAfterAHeadAndOfSpellNoBody()
    {
        // "PW" could abbreviate anything: the field of "Ministry of Public Works" is too short to claim it.
        var facts = Extract.From("The Ministry of Public Works said the road was shut. PW crews were sent.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Ministry of Public Works" && o.Aliases.Contains("PW"));
    }

    [Fact]
    public void TwoBodiesSpellingTheSameLettersKeepTheAcronymApart()
    {
        var facts = Extract.From("Harlow Marine Technologies Inc signed the deal on Monday. The Bureau of Highway Maintenance and Tolls approved it. HMT said the deal was fair.");
        Assert.DoesNotContain(facts.Organizations, o => o.Aliases.Contains("HMT"));
        Assert.Contains("HMT", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TwoLettersAfterTheUnOrTheEuSpellNoBody()
    {
        // "SA" is a legal form here ("Velm SA"), not the "Space Agency" of the EU body.
        var facts = Extract.From("The EU Space Agency said SA funding was cut, according to Ana Ruiz of Velm SA.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "EU Space Agency" && o.Aliases.Contains("SA"));
    }
}
