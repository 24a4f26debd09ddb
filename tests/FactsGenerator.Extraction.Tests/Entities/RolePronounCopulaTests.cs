namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A role given in a following sentence whose subject is a pronoun for the person just named.</summary>
public class RolePronounCopulaTests
{
    [Fact]
    public void ASingularPronounBeforeACopulaGivesTheOfficeToThePersonJustNamed()
    {
        var facts = Extract.From("Bridge reopens\n\nThe bridge was reopened by Ilse Marwood on Monday. She is a civil engineer at the Velm Harbour Board.");
        var person = Extract.Person(facts, "Ilse Marwood");
        Assert.Equal("civil engineer", person.Role);
    }

    [Fact]
    public void APronounASentenceLaterStillReachesThePerson()
    {
        var facts = Extract.From("Bridge reopens\n\nThe bridge was reopened by Ilse Marwood on Monday. The work took a year. He was the chief surveyor.");
        Assert.Equal("chief surveyor", Extract.Person(facts, "Ilse Marwood").Role);
    }

    [Fact]
    public void ThePronounGivesNoOfficeWhenTheSentenceBeforeNamesTwoPeople()
    {
        var facts = Extract.From("Bridge reopens\n\nIlse Marwood and Tomas Brekke opened the bridge on Monday. She is a civil engineer.");
        Assert.Null(Extract.Person(facts, "Ilse Marwood").Role);
        Assert.Null(Extract.Person(facts, "Tomas Brekke").Role);
    }

    [Fact]
    public void AnOfficeGivenBesideTheNameStays()
    {
        var facts = Extract.From("Bridge reopens\n\nMayor Ilse Marwood opened the bridge on Monday. She is a civil engineer.");
        Assert.Equal("mayor", Extract.Person(facts, "Ilse Marwood").Role);
    }

    [Fact]
    public void APronounInANewParagraphGivesNoOffice()
    {
        var facts = Extract.From("Bridge reopens\n\nThe bridge was reopened by Ilse Marwood on Monday.\n\nHe is a civil engineer.");
        Assert.Null(Extract.Person(facts, "Ilse Marwood").Role);
    }

    [Fact]
    public void APluralPredicateAfterTwoNamesGivesEachTheSingularOffice()
    {
        var facts = Extract.From("Survey ends\n\nIlse Marwood and Tomas Brekke led the river survey. Both are professors at Velm University.");
        Assert.Equal("professor", Extract.Person(facts, "Ilse Marwood").Role);
        Assert.Equal("professor", Extract.Person(facts, "Tomas Brekke").Role);
        Assert.Equal("Velm University", Extract.Person(facts, "Tomas Brekke").Affiliation);
    }

    [Fact]
    public void APluralPredicateWithoutAnOfficeGivesNone()
    {
        var facts = Extract.From("Survey ends\n\nIlse Marwood and Tomas Brekke led the river survey. They were pleased with the result.");
        Assert.Null(Extract.Person(facts, "Ilse Marwood").Role);
    }

    [Fact]
    public void APronounThatLaterServedAsAnOfficeGivesIt()
    {
        var facts = Extract.From("Bridge reopens\n\nThe bridge was reopened by Ilse Marwood on Monday. She later served as the deputy mayor of Velm.");
        Assert.Equal("deputy mayor", Extract.Person(facts, "Ilse Marwood").Role);
    }

    [Fact]
    public void APronounInsideAQuotationGivesNoOffice()
    {
        var facts = Extract.From("Bridge reopens\n\n\"We met Ilse Marwood there. She is a civil engineer, and a good one,\" the builder said.");
        Assert.Null(Extract.Person(facts, "Ilse Marwood").Role);
    }

    private static string Interview(string answer) =>
        "Ferry crew talks to Wikinews\n\nWikinews spoke to Odile Parrant about the ferry.\n\n((WN)) Who steers the boat?\n\n((Odile Parrant)) "
        + answer + "\n\n((WN)) Anything else?\n\n((Odile Parrant)) No.";

    [Fact]
    public void APronounInAnIntervieweesAnswerGivesTheIntervieweeNoOffice()
    {
        var facts = Extract.From(Interview("The boat is old. She is the harbour pilot."));
        Assert.Null(Extract.Person(facts, "Odile Parrant").Role);
    }

    [Fact]
    public void APronounAfterAPersonNamedInAnAnswerGivesThatPersonTheOffice()
    {
        var facts = Extract.From(Interview("I work with Hanne Solberg. She is the harbour pilot."));
        Assert.Equal("harbour pilot", Extract.Person(facts, "Hanne Solberg").Role);
        Assert.Null(Extract.Person(facts, "Odile Parrant").Role);
    }
}
