using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A social platform named as where the words went out ("on Twitter", "the Facebook post", "X's Twitter account") is no
/// speaker; the company speaking as the subject of its own verb still is.
/// </summary>
public class QuotePlatformMediumTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void APlatformAfterOnIsNotTheSpeakerOfAParticiple()
    {
        var facts = Extract.From("Last week the coach hit back on Twitter, calling the referees \"a disgrace to the whole sport\".");
        Assert.Null(Quote(facts, "a disgrace").Speaker);
    }

    [Fact]
    public void APlatformBeforeItsPostIsNotTheSpeaker()
    {
        var facts = Extract.From("Officials urged people in Dunmere to leave. \"Do not wait for the police if you are ready to go,\" said the Facebook post.");
        Assert.Null(Quote(facts, "Do not wait").Speaker);
    }

    [Fact]
    public void APlatformInAnAccountIsNotTheSpeaker()
    {
        var facts = Extract.From("A message sent from Corin Haldane's Instagram account repeated the pledge, saying \"the new pier will open in the spring\".");
        Assert.Null(Quote(facts, "the new pier").Speaker);
    }

    [Fact]
    public void APersonPostingOnAPlatformStillSpeaks()
    {
        var facts = Extract.From("Mayor Corin Haldane wrote on Facebook: \"We will rebuild the pier by the summer.\"");
        Assert.Equal("Corin Haldane", Quote(facts, "We will rebuild").Speaker);
    }

    [Fact]
    public void ThePlatformsOwnStatementIsTheCompanys()
    {
        var facts = Extract.From("The company was criticised. \"We remove such posts within a single day,\" a Facebook statement said.");
        Assert.Equal("Facebook", Quote(facts, "We remove").Speaker);
    }

    [Fact]
    public void ThePlatformAsTheSubjectOfItsOwnVerbSpeaks()
    {
        var facts = Extract.From("Twitter said in a statement that the account had been \"suspended for repeated abuse.\"");
        Assert.Equal("Twitter", Quote(facts, "suspended").Speaker);
    }
}
