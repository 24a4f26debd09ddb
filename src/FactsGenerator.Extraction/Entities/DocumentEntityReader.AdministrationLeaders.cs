using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A leader known by the surname alone through the administration named after them ("the Obama administration").</summary>
internal sealed partial class DocumentEntityReader
{
    // Capitalised words of a kind of government that stand before "administration" as a leader's name does ("the
    // Federal administration", "the Interim administration"); places, demonyms, parties and listed bodies are read
    // before this rule and never reach it.
    private static readonly HashSet<string> GoverningKindWords = Lexicon.Set(
        "Federal State City County Municipal Provincial Regional Local National Central Interim Transitional Caretaker " +
        "Military Civil Civilian Colonial Imperial Royal Democratic Republican Labour Labor Conservative Liberal Tory " +
        "Coalition Unity Communist Socialist Soviet Customs Tax Revenue Public Town Village District Council Current " +
        "Previous Former New Incoming Outgoing Present Next Last");

    // Names read by this rule: the surname of a leader is often an English word ("Trump", "Bush"), and the rule is
    // the person's only evidence, so the filter of ordinary-word people leaves them alone unless the word is one of
    // the most common English words ("the Water administration").
    private readonly HashSet<string> administrationLeaders = new(System.StringComparer.Ordinal);

    // "the Trump administration's budget", "during the Obama administration", "a Biden administration official": one
    // capitalised word after an article or a lower-case word and before a lower-case "administration" is the leader
    // the government is named after, as news writing names a president's, governor's or mayor's government. A word
    // that opens the sentence ("Trump administration officials said") is left alone, as its capital says nothing,
    // and so is a word that opens a known body's or place's longer name.
    private bool IsLeaderOfNamedAdministration(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var word = tokens[chunk.First];
        var before = chunk.First - 1;
        var after = chunk.Last + 1;
        return chunk.First == chunk.Last && after < tokens.Count && tokens[after].IsWord && tokens[after].Text == "administration"
            && before >= 0 && tokens[before].IsWord && (NameForms.IsLowerWord(tokens[before]) || tokens[before].Text is "The" or "A" or "An")
            && !chunk.InsideQuote && NameForms.IsPersonNameWord(word) && !NameForms.IsAllCaps(word.Text) && word.Text.Length > 2
            && !GoverningKindWords.Contains(word.Text) && !OpensKnownName(word.Text);
    }
}
