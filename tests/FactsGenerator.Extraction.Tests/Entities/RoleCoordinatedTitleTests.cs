namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A capitalised office whose field is joined by "and" ("Fire and Rescue Commissioner") keeps the whole field, while
/// a person's name before "and" stays a separate person.
/// </summary>
public class RoleCoordinatedTitleTests
{
    private static string? RoleOf(string text, string name) =>
        Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("On Sunday the region's Fire and Rescue Commissioner Ivo Tansley asked for calm.", "fire and rescue commissioner")]
    [InlineData("On Monday, Norwegian Fisheries and Coastal Affairs Minister Ivo Tansley said the quota would stay.", "fisheries and coastal affairs minister")]
    [InlineData("Once Deputy Prime Minister for Energy and Minister of Culture Ivo Tansley resigned, the talks stopped.", "deputy prime minister for energy and minister of culture")]
    [InlineData("Garden and events manager Ivo Tansley disagreed with the board.", "garden and events manager")]
    public void TheFieldJoinedByAndBelongsToTheOffice(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ivo Tansley"));
    }

    [Fact]
    public void AKnownPersonBeforeAndIsNoField()
    {
        const string text = "President Dora Vell spoke first. Vell and Vice President Ivo Tansley then left the hall.";
        Assert.Equal("vice president", RoleOf(text, "Ivo Tansley"));
    }

    [Fact]
    public void ATitleFollowedByANameIsNoField()
    {
        Assert.Equal("vice president", RoleOf("On Monday, President Vell and Vice President Ivo Tansley left the hall.", "Ivo Tansley"));
    }

    [Theory]
    [InlineData("Retired Harbour Police detective and author Ivo Tansley spoke to the crowd.", "retired detective and author")]
    [InlineData("Former Vale aide and retired colonel Ivo Tansley spoke to the crowd.", "former aide and retired colonel")]
    public void AQualifierBeforeTheBodyOfTheFirstOfficeHoldsForTheOffices(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ivo Tansley"));
    }

    [Theory]
    [InlineData("The guests included First Lady Ana Vell and two ministers.", "first lady")]
    [InlineData("Former First Lady Ana Vell gave the keynote address.", "former first lady")]
    public void FirstLadyIsAnOfficeNotAnHonorific(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ana Vell"));
    }

    [Theory]
    [InlineData("Analysts said Brackwell founder and chairman Ivo Tansley would stay on.", "Brackwell")]
    [InlineData("The Harlow Rowing Trust chair and treasurer Ivo Tansley opened the meeting.", "Harlow Rowing Trust")]
    public void ABodyBeforeTheFirstOfficeHoldsBoth(string text, string affiliation)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == "Ivo Tansley");
        Assert.Equal(affiliation, person.Affiliation);
    }

    [Fact]
    public void TheTailOfALongerNameOwnsNoOffice()
    {
        var person = Assert.Single(Extract.From("Longtime Velm in the Evening writer and performer Ivo Tansley paid tribute.").People, p => p.Name == "Ivo Tansley");
        Assert.Null(person.Affiliation);
        Assert.Equal("writer and performer", person.Role);
    }
}
