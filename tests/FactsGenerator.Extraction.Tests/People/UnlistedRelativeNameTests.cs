using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"his two sons Orvek and Tazmir", "the mayor's brother Quellan": first names no list knows, listed after a
/// noun of family that a possessive owns, are relatives.</summary>
public class UnlistedRelativeNameTests
{
    [Theory]
    [InlineData("The former ruler and his two sons Orvek and Tazmir were jailed on Tuesday.", "Orvek", "son")]
    [InlineData("The former ruler and his two sons Orvek and Tazmir were jailed on Tuesday.", "Tazmir", "son")]
    [InlineData("The mayor's brother Quellan was accused of carrying the cash.", "Quellan", "brother")]
    [InlineData("She travelled with her daughter Zemira to the border.", "Zemira", "daughter")]
    public void AnUnlistedFirstNameAfterAnOwnedRelationIsARelative(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Theory]
    // No owner before the noun: "Brother" of a religious order, a band's "sons".
    [InlineData("The monastery said brother Quellan would lead the prayers.", "Quellan")]
    // An everyday word after the relation is a day, not a name.
    [InlineData("She visited her son Monday at the prison.", "Monday")]
    public void NoRelativeWithoutAnOwnerOrWithAnEverydayWord(string text, string name)
    {
        Assert.DoesNotContain(name, Extract.PeopleNames(Extract.From(text)));
    }
}
