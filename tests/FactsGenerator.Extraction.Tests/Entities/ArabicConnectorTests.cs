using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Arabic "es" between two name words ("Dar es Salaam") joins one name, as "de" and "ya" do.</summary>
public class ArabicConnectorTests
{
    [Fact]
    public void EsBetweenTwoNameWordsJoinsOneName()
    {
        var facts = Extract.From("The embassy in Dar es Salaam said the results raised doubts. Officials in Marrak es Vellum closed the road.");
        var names = Extract.PlaceNames(facts).Concat(Extract.OrganizationNames(facts)).ToList();
        Assert.Contains("Dar es Salaam", names);
        Assert.Contains("Marrak es Vellum", names);
        Assert.DoesNotContain("Salaam", names);
        Assert.DoesNotContain("Vellum", names);
    }

    [Fact]
    public void EsBeforeALowerCaseWordJoinsNothing()
    {
        var facts = Extract.From("Tomas Vellar wrote es in the margin of the Madrid letter.");
        Assert.Contains("Tomas Vellar", Extract.PeopleNames(facts));
        Assert.DoesNotContain(Extract.PeopleNames(facts), name => name.Contains(" es", System.StringComparison.Ordinal));
    }
}
