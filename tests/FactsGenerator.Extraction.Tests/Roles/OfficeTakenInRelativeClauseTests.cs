using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"X, who was newly appointed as the acting military chief,": the office a passive relative clause says was
/// taken is the role, without the participle saying how it was taken; a clause naming no office gives none.</summary>
public class OfficeTakenInRelativeClauseTests
{
    [Theory]
    [InlineData("Five people died, said Gen Tomas Vell, who was appointed governor early this month.", "governor")]
    [InlineData("General Tomas Vell, who was newly appointed as the acting army chief, said the rebels had fled.", "acting army chief")]
    [InlineData("Tomas Vell, who was elected mayor in 2019, said the town would rebuild.", "mayor")]
    public void TheOfficeTakenIsTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Theory]
    [InlineData("Tomas Vell, who was named after his grandfather, said the town would rebuild.")]
    [InlineData("Tomas Vell, who was elected in 2019, said the town would rebuild.")]
    [InlineData("Tomas Vell, who was named the best player of the tournament, scored twice.")]
    [InlineData("Tomas Vell, who was named winner of the prize, thanked his family.")]
    [InlineData("Tomas Vell, who was named the youngest finalist, thanked his family.")]
    public void AClauseWithoutAnOfficeGivesNone(string text)
    {
        Assert.Null(Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }
}
