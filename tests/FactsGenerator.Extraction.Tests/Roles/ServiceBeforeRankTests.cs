using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"Army Brigadier General X, the deputy regional military commander,": a rank with its service written before
/// it is still a rank, and the job written beside it is the role, as with a bare rank.</summary>
public class ServiceBeforeRankTests
{
    [Theory]
    [InlineData("Army Brigadier General Tomas Vell, the deputy regional military commander, said guards fired shots.", "deputy regional military commander")]
    [InlineData("Navy Captain Tomas Vell, a fleet spokesman, said the ship had sunk.", "fleet spokesman")]
    public void TheJobBesideTheRankIsTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void WithoutAJobTheRankStays()
    {
        var facts = Extract.From("Army Colonel Tomas Vell said the troops were ready.");
        Assert.Equal("army colonel", Extract.Person(facts, "Tomas Vell").Role);
    }
}
