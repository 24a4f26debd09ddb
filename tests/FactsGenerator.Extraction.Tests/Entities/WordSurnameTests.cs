using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Family names that are also place or event words ("Day", "Castle", "Lane") after a given name.</summary>
public class WordSurnameTests
{
    [Fact]
    public void AnEventWordSurnameAfterARoleIsAPerson()
    {
        var facts = Extract.From("Retired singer Mabel Day opened the new library on Friday.");
        Assert.Contains("Mabel Day", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AWordSurnameUsedAloneAsASpeakerMarksThePersonAndTheirQuotes()
    {
        var facts = Extract.From("Singer, painter, and keen gardener Mabel Day retired in Oakvale on Monday.\n\n"
            + "\"It was a long road,\" Day said in an interview.");
        Assert.Contains("Mabel Day", Extract.PeopleNames(facts));
        Assert.Contains(facts.Quotes, q => q.Speaker == "Mabel Day" && q.Text.StartsWith("It was a long road"));
    }

    [Fact]
    public void APlaceWordSurnameUsedAloneAsASpeakerMarksAPerson()
    {
        var facts = Extract.From("The list was won by Gordon Castle, a lawyer from Ohio, and his running mate.\n\n"
            + "Castle said the result was fair.");
        Assert.Contains("Gordon Castle", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Gordon Castle", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AHolidayNamedAfterAGivenNameStaysAnEvent()
    {
        var facts = Extract.From("Shops were closed for Victoria Day and most families stayed at home.");
        Assert.DoesNotContain("Victoria Day", Extract.PeopleNames(facts));
    }
}

/// <summary>An everyday noun opening the sentence before "of" and a person ("Part of Ana Ruiz's ...").</summary>
public class LeadingNounBeforeOfPersonTests
{
    [Theory]
    [InlineData("Part of Anna Kessler's statement read: \"We will keep going.\"")]
    [InlineData("Much of Anna Kessler's work was done at night.")]
    public void TheNounIsNotTheHeadOfABody(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.Contains("Anna Kessler", Extract.PeopleNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Kessler"));
    }

    [Fact]
    public void ABodyNamedOfAPlaceKeepsItsHead()
    {
        var facts = Extract.From("Bank of Oakvale said its profits rose.");
        Assert.DoesNotContain("Oakvale", Extract.PeopleNames(facts));
    }
}

/// <summary>Conjunctions and greetings opening a sentence are no first names.</summary>
public class LeadingConjunctionAndGreetingTests
{
    [Theory]
    [InlineData("Neither Kessler nor his aide replied to the letter.", "Neither Kessler")]
    [InlineData("\"Hi Marlow, thanks for coming,\" the host said.", "Hi Marlow")]
    public void TheWordDoesNotJoinTheName(string sentence, string wrong)
    {
        Assert.DoesNotContain(wrong, Extract.PeopleNames(Extract.From(sentence)));
    }
}

/// <summary>"and" between two people whose second family name is a place head ("Park", "Hill").</summary>
public class TwoPeopleWithPlaceWordSurnameTests
{
    [Fact]
    public void TwoGivenNamesMakeTwoPeopleNotOneSite()
    {
        var facts = Extract.From("Two senators, Tom Hale and Zed Park, voted against the bill.");
        Assert.Contains("Tom Hale", Extract.PeopleNames(facts));
        Assert.Contains("Zed Park", Extract.PeopleNames(facts));
        Assert.DoesNotContain(facts.Places, p => p.Name.Contains(" and "));
    }

    [Fact]
    public void ASiteWithoutGivenNamesStaysOneName()
    {
        var facts = Extract.From("The crews trained at the Arden Test and Training Range last week.");
        Assert.Contains("Arden Test and Training Range", Extract.PlaceNames(facts));
    }
}

/// <summary>A member's seat written after the name ("Ann Hollis MP").</summary>
public class SeatAfterNameTests
{
    [Theory]
    [InlineData("The motion was tabled by Ann Hollis MP on Tuesday.")]
    [InlineData("\"It is fair,\" said Ann Hollis MSP, who chairs the panel.")]
    public void TheLettersEndThePersonsName(string sentence)
    {
        Assert.Contains("Ann Hollis", Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void TheLettersBeforeANameStayAnOffice()
    {
        var facts = Extract.From("Labour MP Ann Hollis said the motion was fair.");
        Assert.Contains("Ann Hollis", Extract.PeopleNames(facts));
    }
}

/// <summary>"Mark and Ana Ruiz": a given name that is also an everyday word shares the partner's family name.</summary>
public class WordLikeGivenNamePartnerTests
{
    [Fact]
    public void TheWordLikeGivenNameTakesThePartnersSurname()
    {
        var facts = Extract.From("The guests included Mark and Patricia Delgado, who hosted a rally at their home.");
        Assert.Contains("Mark Delgado", Extract.PeopleNames(facts));
        Assert.Contains("Patricia Delgado", Extract.PeopleNames(facts));
    }
}
