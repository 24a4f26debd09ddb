using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"A police spokesman said the bridge was shut. Tomas Vell said ...": an office given as the source without a
/// name, and its holder named speaking in the next sentence with nothing beside the name, is the holder's role.</summary>
public class UnnamedSourceOfficeHolderTests
{
    [Theory]
    [InlineData("The bridge over the Velm river was closed on Monday, a police spokesman said.\n\nTomas Vell said divers were searching the water.", "police spokesman")]
    [InlineData("Flooding cut the main road to the port, said a spokeswoman for the Velmar Harbour Authority.\n\nMore boats would arrive on Tuesday, Tomas Vell said.", "spokeswoman")]
    [InlineData("Ninety schools will close for a week, the Prime Minister announced on Friday.\n\n\"The outbreak is not over,\" wrote Tomas Vell in a statement.", "prime minister")]
    [InlineData("Prices will keep rising this year, according to the Velmar Bank's Governor.\n\nTomas Vell made the comments on Thursday before a committee of the parliament.", "governor")]
    public void TheHolderNamedNextTakesTheOffice(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Theory]
    // Someone is named beside the office: the office may be theirs.
    [InlineData("Nina Holt left the meeting early, a police spokesman said.\n\nTomas Vell said divers were searching the water.")]
    // The next sentence's person does not speak.
    [InlineData("The bridge over the Velm river was closed on Monday, a police spokesman said.\n\nTomas Vell was arrested near the bank.")]
    // The next sentence names another person first.
    [InlineData("The bridge over the Velm river was closed on Monday, a police spokesman said.\n\nNina Holt and Tomas Vell said divers were searching the water.")]
    // Two offices speak: either may be the holder's.
    [InlineData("The road was closed, a police spokesman said, and the mayor said it would reopen soon.\n\nTomas Vell said divers were searching the water.")]
    // A sentence stands between the office and the name.
    [InlineData("The bridge over the Velm river was closed on Monday, a police spokesman said.\n\nDivers searched the water all night.\n\nTomas Vell said the search would go on.")]
    // The office is no source: it is spoken to.
    [InlineData("The farmers met a minister on Monday.\n\nTomas Vell said the talks had failed.")]
    // A second office in the sentence, though it is no source: the holder may hold either.
    [InlineData("The president said the deal was dead, a spokesman for the opposition said.\n\nTomas Vell said the vote would go ahead.")]
    // The name after the verb is described, so it is someone else.
    [InlineData("The blaze was under control, the mayor said.\n\n\"We are lucky,\" said Tomas Vell, who lives nearby.")]
    // The name after the verb opens the reported words.
    [InlineData("The president announced new measures.\n\nSources said Tomas Vell would resign.")]
    // The office is named in quoted words: it is the quoted speaker's source.
    [InlineData("Villagers waited for days.\n\n\"A spokesman said help was coming.\"\n\nTomas Vell said nobody came.")]
    public void NoHolderIsRead(string text)
    {
        Assert.Null(Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void AnOfficeWrittenBesideTheNameIsKept()
    {
        var facts = Extract.From("The bridge over the Velm river was closed on Monday, a police spokesman said.\n\nFire chief Tomas Vell said divers were searching the water.");
        Assert.Equal("fire chief", Extract.Person(facts, "Tomas Vell").Role);
    }

    [Fact]
    public void ALaterMentionIsNoFirstMention()
    {
        var facts = Extract.From("Tomas Vell met the crews at dawn.\n\nThe bridge was closed on Monday, a police spokesman said.\n\nTomas Vell said divers were searching the water.");
        Assert.Null(Extract.Person(facts, "Tomas Vell").Role);
    }
}
