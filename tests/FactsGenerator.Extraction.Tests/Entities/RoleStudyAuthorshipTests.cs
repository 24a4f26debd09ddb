namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A part in writing the study an article reports ("lead author", "co-author") is no office: a professorship written
/// before the name, an apposition after it, or a later mention's office replaces it; it stays when nothing else is said.
/// </summary>
public class RoleStudyAuthorshipTests
{
    private static string? RoleOf(string text, string name) =>
        Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Fact]
    public void AProfessorshipBeforeTheNameOutweighsTheAuthorship()
    {
        Assert.Equal("professor", RoleOf("The samples were dated twice, said study co-author Professor Ilse Marr of Tarsk University.", "Ilse Marr"));
    }

    [Fact]
    public void ALaterMentionsOccupationOutweighsTheAuthorship()
    {
        Assert.Equal("chemist", RoleOf("Lead author Ann Vellor said the method was new. Later, Vellor, a chemist, added more detail.", "Ann Vellor"));
    }

    [Fact]
    public void TheAuthorshipStaysWhenNothingElseIsSaid()
    {
        Assert.Equal("lead author", RoleOf("Lead author Ann Vellor said the method was new.", "Ann Vellor"));
    }

    [Fact]
    public void AWritersOccupationIsNoAuthorshipOfAStudy()
    {
        Assert.Equal("author", RoleOf("Author Jane Rowley, who lives in Leeds, wrote the book. Rowley, a keen gardener, spoke.", "Jane Rowley"));
    }
}
