using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"The suspects, A, 21, and B, 24, were arrested": a definite plural opening the sentence enumerates its
/// members, each of whom holds the singular.</summary>
public class DefinitePluralListTests
{
    [Fact]
    public void EachListedNameWithItsAgeTakesTheSingular()
    {
        var facts = Extract.From("The suspects, Kwame Boateng, 22, Peter Lund, 31, and Omar Haddad, 19, were charged on Friday.");
        Assert.Equal("suspect", Extract.Person(facts, "Kwame Boateng").Role);
        Assert.Equal("suspect", Extract.Person(facts, "Peter Lund").Role);
        Assert.Equal("suspect", Extract.Person(facts, "Omar Haddad").Role);
    }

    [Fact]
    public void TwoNamesWithoutAgesTakeTheSingular()
    {
        var facts = Extract.From("The victims, Sarah Menzel and Tom Ackroyd, were taken to hospital.");
        Assert.Equal("victim", Extract.Person(facts, "Sarah Menzel").Role);
        Assert.Equal("victim", Extract.Person(facts, "Tom Ackroyd").Role);
    }

    [Fact]
    public void APossessedGroupMayHoldMoreAndGivesNothing()
    {
        var facts = Extract.From("His lawyers, Sarah Menzel and Tom Ackroyd, filed the appeal.");
        Assert.Null(Extract.Person(facts, "Sarah Menzel").Role);
    }

    [Fact]
    public void OneNameAfterTheDefinitePluralIsNoList()
    {
        var facts = Extract.From("The lawyers, Sarah Menzel said, would appeal.");
        Assert.NotEqual("lawyer", Extract.Person(facts, "Sarah Menzel").Role);
    }
}
