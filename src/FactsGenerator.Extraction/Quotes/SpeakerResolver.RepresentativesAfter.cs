using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," said a spokesperson for the Velm Port Authority", ""...," a statement from the union said", ""...," read a
/// statement issued by X": after the quotation, an unnamed representative or a document of a body speaks for the body,
/// as it does before the quotation ("A spokeswoman for the company said: "..."").
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The body at start's "a spokesperson for X", "an official from X", "a statement from X", "a joint statement issued
    // by X" (an article, at most one lower-case word, the noun, a preposition or "issued by", maybe "the", the body);
    // end is the phrase's last token. A lower-case description ("a statement from the union") stands for the body
    // named before that it describes. Null when the phrase is not there or names no body.
    private EntityMention? BodyOfRepresentativeOrDocument(IReadOnlyList<Token> tokens, int start, out int end)
    {
        end = -1;
        if (start >= tokens.Count || !tokens[start].IsArticle)
        {
            return null;
        }

        // ("a press statement from X", "a press release issued by X": a document noun may itself modify the noun.)
        var noun = start + 1;
        if (noun + 1 < tokens.Count && NameForms.IsLowerWord(tokens[noun]) && (!IsRepresentativeOrDocument(tokens[noun]) || IsRepresentativeOrDocument(tokens[noun + 1])))
        {
            noun++;
        }

        if (noun + 2 >= tokens.Count || !IsRepresentativeOrDocument(tokens[noun]))
        {
            return null;
        }

        var p = noun + 1;

        // (""...," a company spokesperson said": a word for a kind of body before the noun stands for the body named
        // before, as "a spokesperson for the company" does.)
        if (noun == start + 2 && IsBodyDescription(tokens[start + 1]) && IsAttributionVerb(tokens[p]))
        {
            end = noun;
            return Described(tokens[start + 1]) is { Kind: EntityKind.Organization } described ? described : null;
        }

        if ((tokens[p].Is("issued") || tokens[p].Is("released")) && tokens[p + 1].Is("by"))
        {
            p++;
        }
        else if (!(tokens[p].Is("from") || tokens[p].Is("for") || tokens[p].Is("of") || tokens[p].Is("by") || tokens[p].Is("at")))
        {
            return null;
        }

        var q = p + 1 < tokens.Count && tokens[p + 1].Is("the") && p + 2 < tokens.Count ? p + 2 : p + 1;
        if (q >= tokens.Count)
        {
            return null;
        }

        var body = entities.MentionAt(tokens[q].Start);
        if (body is not null)
        {
            end = IndexAtOrAfter(tokens, body.End) - 1;
        }
        else if (q == p + 2 && NameForms.IsLowerWord(tokens[q]) && !(q + 1 < tokens.Count && NameForms.IsLowerWord(tokens[q + 1]) && !IsAttributionVerb(tokens[q + 1]) && !IsPhrasePreposition(tokens[q + 1])))
        {
            // ("a statement from the union": the body named before that the description stands for.)
            body = Described(tokens[q]);
            end = q;
        }

        return body is { Kind: EntityKind.Organization } ? body : null;
    }

    private static bool IsRepresentativeOrDocument(Token token) =>
        token.IsWord && NameForms.IsLowerWord(token) && (RepresentativeNouns.Contains(token.Text) || DocumentNouns.Contains(token.Text) || IsSpokesperson(token));
}
