using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>A plural office before the names it lists gives each its singular with the noun qualifying it ("flight
/// engineers X and Y": flight engineer), "-men" plurals and legislators' abbreviations included; a word saying which or
/// how many of a group ("fellow", "other", "different") is no qualifier.</summary>
public class PluralOfficeBeforeNamesTests
{
    [Theory]
    [InlineData("The crew included flight engineers Karen Mola and Jo Park of Orrin.", "Karen Mola", "flight engineer")]
    [InlineData("The launch carried crew members Song Lian and Wang Hao into orbit.", "Wang Hao", "crew member")]
    [InlineData("Police detained two fellow protest leaders, Nina Holt and Lina Berg, on Saturday.", "Lina Berg", "protest leader")]
    [InlineData("The two gunmen, Daniel Hart and Peter Lamb, were shot by police.", "Peter Lamb", "gunman")]
    [InlineData("Four MPs, Tomas Vell, Rita Vance and Omar Sille, were absent at the vote.", "Rita Vance", "mp")]
    public void EachListedNameTakesTheQualifiedSingular(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Theory]
    [InlineData("Three other judges, Ana Ruiz, Tom Hale and Bea Lund, dissented.", "Tom Hale", "judge")]
    [InlineData("He questioned two different Presidents, Ana Ruiz and Tom Hale, in the hearings.", "Tom Hale", "president")]
    [InlineData("The council swore in two new wardens, Ana Ruiz and Tom Hale, on Monday.", "Tom Hale", "warden")]
    public void AWordOfTheGroupIsNoQualifier(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }
}
