namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A military or police rank before a name gives way to the job written beside it.</summary>
public class RoleRankTitleTests
{
    [Fact]
    public void AJobWrittenBeforeTheRankIsTheRole()
    {
        var facts = Extract.From("The navy spokesman, Captain Ellis Varga, said two ships were damaged.");
        Assert.Equal("navy spokesman", Extract.Person(facts, "Ellis Varga").Role);
    }

    [Fact]
    public void AJobWrittenBeforeAnAbbreviatedRankWithoutACommaIsTheRole()
    {
        var facts = Extract.From("Police spokesman Sgt. Omar Haskell said the driver was arrested on Monday.");
        Assert.Equal("police spokesman", Extract.Person(facts, "Omar Haskell").Role);
    }

    [Fact]
    public void AJobInTheAppositionIsTheRole()
    {
        var facts = Extract.From("Lieutenant Rosa Mendel, a fire department spokeswoman, said two homes burned.");
        Assert.Equal("fire department spokeswoman", Extract.Person(facts, "Rosa Mendel").Role);
    }

    [Fact]
    public void ARankWithNothingBesideItStays()
    {
        var facts = Extract.From("Colonel Dana Reyes led the convoy into the valley on Tuesday.");
        Assert.Equal("colonel", Extract.Person(facts, "Dana Reyes").Role);
    }

    [Fact]
    public void AnOfficeTitleIsNoRankAndStays()
    {
        var facts = Extract.From("Governor Tina Vale, a former teacher, signed the bill on Monday.");
        Assert.Equal("governor", Extract.Person(facts, "Tina Vale").Role);
    }

    [Theory]
    [InlineData("Sgt. Tom Hale, a father of three, died in the crash.", "Tom Hale", "sergeant")]
    [InlineData("Captain Lena Hart, a former nurse, led the team ashore.", "Lena Hart", "captain")]
    public void APersonNounOrAPastJobLeavesTheRank(string text, string name, string role)
    {
        var facts = Extract.From(text);
        Assert.Equal(role, Extract.Person(facts, name).Role);
    }

    [Theory]
    [InlineData("Major General Lena Hart said the brigade would pull back by Friday.", "Lena Hart", "major general")]
    [InlineData("The plan was sound, Brigadier General Omar Feld told the briefing.", "Omar Feld", "brigadier general")]
    [InlineData("Sergeant Major Ivo Brand inspected the new recruits at dawn.", "Ivo Brand", "sergeant major")]
    public void ASpelledCompoundRankIsOneOffice(string text, string name, string role)
    {
        var facts = Extract.From(text);
        var person = Extract.Person(facts, name);
        Assert.Equal(role, person.Role);
        Assert.Null(person.Affiliation);
        Assert.Empty(Extract.OrganizationNames(facts));
    }
}
