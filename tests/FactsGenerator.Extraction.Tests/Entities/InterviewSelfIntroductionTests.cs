namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An interviewee the prose gives no role takes the one they give themselves in an answer.</summary>
public class InterviewSelfIntroductionTests
{
    private static string Interview(string answer) =>
        "Guild member talks to Wikinews\n\nWikinews spoke to Odile Parrant about the guild.\n\n((WN)) Who are you?\n\n((Odile Parrant)) " + answer
        + "\n\n((WN)) Anything else?\n\n((Odile Parrant)) No.";

    [Fact]
    public void AnIntervieweeTakesTheRoleTheyGiveThemselves()
    {
        var facts = Extract.From(Interview("Hello. I'm Odile Parrant and I'm the librarian of the guild."));
        Assert.Equal("librarian", Extract.Person(facts, "Odile Parrant").Role);
    }

    [Fact]
    public void APresentTenseSelfDescriptionWithAmGivesTheRole()
    {
        var facts = Extract.From(Interview("So I am a ferry pilot, most days."));
        Assert.Equal("ferry pilot", Extract.Person(facts, "Odile Parrant").Role);
    }

    [Fact]
    public void APastRoleIsNoSelfIntroduction()
    {
        var facts = Extract.From(Interview("I was a ferry pilot once."));
        Assert.Null(Extract.Person(facts, "Odile Parrant").Role);
    }

    [Fact]
    public void TheInterviewerSpeakingOfThemselvesGivesTheIntervieweeNoRole()
    {
        var text = "Guild member talks to Wikinews\n\nWikinews spoke to Odile Parrant about the guild.\n\n((WN)) I am a ferry pilot myself. Who are you?\n\n"
            + "((Odile Parrant)) Just a reader.\n\n((WN)) Anything else?\n\n((Odile Parrant)) No.";
        Assert.Null(Extract.Person(Extract.From(text), "Odile Parrant").Role);
    }
}
