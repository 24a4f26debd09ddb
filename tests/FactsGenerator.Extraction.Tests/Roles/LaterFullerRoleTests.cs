using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>A person whose role and affiliation an earlier mention gave takes a later, fuller description of the same
/// office ("minister", then "the Kenyan health minister"), never a shorter one, nor words that only say which holder.</summary>
public class LaterFullerRoleTests
{
    [Fact]
    public void AFullerLaterRoleReplacesTheShortOne()
    {
        var facts = Extract.From("Kenyan minister Peter Lamb arrived on Monday. Later Peter Lamb, the Kenyan health minister, told reporters the clinics were open.");
        var person = Extract.Person(facts, "Peter Lamb");
        Assert.Equal("health minister", person.Role);
        Assert.Equal("Kenya", person.Affiliation);
    }

    [Fact]
    public void AQualifiedOfficeReplacesTheBareOne()
    {
        var facts = Extract.From("The spokesman for Velmar Rail, Tom Brandt, said trains were late. Tom Brandt, a senior spokesman, added that repairs would take a week.");
        var person = Extract.Person(facts, "Tom Brandt");
        Assert.Equal("senior spokesman", person.Role);
        Assert.Equal("Velmar Rail", person.Affiliation);
    }

    [Fact]
    public void AShorterLaterRoleNeverReplacesTheFullerOne()
    {
        var facts = Extract.From("Health Minister Jo Park of Kenya arrived on Monday. Jo Park, the minister, told reporters the clinics were open.");
        Assert.Equal("health minister", Extract.Person(facts, "Jo Park").Role);
    }

    [Fact]
    public void AnOrdinalSaysWhichHolderNotWhichOffice()
    {
        var facts = Extract.From("Governor Rita Vance of Velmar spoke on Monday. Rita Vance, the eleventh governor of Velmar, resigned on Friday.");
        Assert.Equal("governor", Extract.Person(facts, "Rita Vance").Role);
    }
}
