using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// ""...," Tarvosk said.": one unknown name alone in the speaker's slot right after a quotation, with nothing after
/// it but "said" and the end of the sentence, is a person named by one name (common in Indonesia and Myanmar, and
/// the way news quotes a surname after the full name it missed). A body quoted so mostly says "in a statement" or is
/// known to the lists; an everyday word, a place, a known body's first word or a body named as such elsewhere keeps
/// its other readings.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private bool IsBareQuotedSpeaker(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var word = tokens[chunk.First];
        var verb = chunk.Last + 1;
        return chunk.First == chunk.Last && !chunk.InsideQuote && IsRightAfterQuotation(tokens, chunk.First)
            && verb + 1 < tokens.Count && tokens[verb].Is("said") && NameForms.IsLowerWord(tokens[verb]) && tokens[verb + 1].IsSymbol('.')
            && NameForms.IsPersonNameWord(word) && !NameForms.IsAllCaps(word.Text) && word.Text.Length > 2 && !EnglishWords.IsOrdinaryWord(word.Text)
            && !evidence.IsNamedAsBody(chunk.Text) && !OpensKnownName(word.Text);
    }

    // A closing quotation mark, after the comma, question or exclamation mark that ends the quoted words.
    private static bool IsRightAfterQuotation(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].IsSymbol('"') && NameForms.IsQuoteClosingMark(tokens[first - 2]);
}
