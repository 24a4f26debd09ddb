namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A plural office before "such as", "including" or a colon names the office of each person the list gives, and
/// offices whose head takes a postpositive "General" keep both words.
/// </summary>
public class RoleListConnectorTests
{
    private static string? RoleOf(string text, string name) =>
        Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("The show drew praise from critics such as Ned Harlow and Pia Ventura on Sunday.", "critic")]
    [InlineData("The panel heard envoys including Ned Harlow and Pia Ventura on Friday.", "envoy")]
    [InlineData("The fund was backed by retired surgeons, including Ned Harlow and Pia Ventura, last year.", "retired surgeon")]
    [InlineData("The board named two new judges: Ned Harlow and Pia Ventura.", "judge")]
    [InlineData("Only two senators were censured: Ned Harlow and Pia Ventura.", "senator")]
    [InlineData("Political commentators such as Ned Harlow and Pia Ventura called the speech flat.", "political commentator")]
    public void EachListedPersonHoldsThePluralsOffice(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ned Harlow"));
        Assert.Equal(role, RoleOf(text, "Pia Ventura"));
    }

    [Fact]
    public void APluralThatNamesNoOfficeGivesNone()
    {
        Assert.Null(RoleOf("The shop sells goods such as maps, and Ned Harlow runs it.", "Ned Harlow"));
    }

    [Theory]
    [InlineData("Solicitor General Ned Harlow filed the petition on Monday.", "solicitor general")]
    [InlineData("Postmaster General Ned Harlow changed the rules on Monday.", "postmaster general")]
    [InlineData("The report by Surgeon General Ned Harlow came out on Monday.", "surgeon general")]
    public void AnOfficeWithAPostpositiveGeneralKeepsItsHead(string text, string role)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == "Ned Harlow");
        Assert.Equal((role, null), (person.Role, person.Affiliation));
    }
}
