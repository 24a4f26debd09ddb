using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Offices said in clauses around a name rather than beside it: lists after counted plural offices, brackets before
/// the name, relative clauses with "as", and offices taken or chosen for ("became prime minister", "picked X as her
/// deputy").
/// </summary>
internal static partial class RoleParser
{
    // The index of "(" when a short bracket closes right before the name, or -1.
    private static int OpeningBracketBefore(IReadOnlyList<Token> tokens, int nameFirst)
    {
        const int MaxBracketTokens = 8;
        if (nameFirst < 3 || !tokens[nameFirst - 1].IsSymbol(')'))
        {
            return -1;
        }

        for (var k = nameFirst - 2; k >= 0 && nameFirst - 1 - k <= MaxBracketTokens; k--)
        {
            if (tokens[k].IsSymbol('('))
            {
                return k;
            }

            if (tokens[k].IsSymbol(')'))
            {
                return -1;
            }
        }

        return -1;
    }

    // "three Governors in the history of the state, X, Y and Z": a counted plural office, a phrase saying where or
    // when, then the comma at p before a list of names (a list, so that "two judges in the case, X said" is not read).
    private static string? CountedPluralBeforePhrase(IReadOnlyList<Token> tokens, int p, bool isList)
    {
        const int MaxPhraseTokens = 8;
        if (!isList || p < 3 || !tokens[p].IsSymbol(','))
        {
            return null;
        }

        for (var k = p - 1; k >= 2 && p - k <= MaxPhraseTokens && tokens[k].IsWord; k--)
        {
            var counted = tokens[k].Is("in") || tokens[k].Is("of") || tokens[k].Is("from") || tokens[k].Is("at")
                ? CountedPluralBeforeComma(tokens, k - 1, requireComma: false)
                : null;
            if (counted is not null)
            {
                return counted;
            }
        }

        return null;
    }

    // "foreign minister Ana Ruiz and her Velmorian counterpart Jo Kim", "... counterparts, Jo Kim and Li Wen": a
    // counterpart holds the same office as the person named before in the sentence. p is the word before the name
    // (or a comma after "counterparts"); null when no earlier name there has an office.
    private static string? CounterpartOffice(IReadOnlyList<Token> tokens, int p, IReadOnlyList<NameChunk> chunks)
    {
        const int MaxTokensBack = 12;
        if (p >= 1 && tokens[p].IsSymbol(','))
        {
            p--;
        }

        if (p < 1 || !(tokens[p].Is("counterpart") || tokens[p].Is("counterparts")))
        {
            return null;
        }

        // Step back over the counterparts' description ("his Greek, Cypriot and French") to the name before.
        for (var k = p - 1; k >= 0 && p - k <= MaxTokensBack; k--)
        {
            var earlier = NameChunkIndex.EndingAt(chunks, k);
            // ("his South African counterpart X", "his New Zealand counterpart X": a demonym or a country of two words is
            // read as a run of capitals; it describes the counterpart, as a one-word demonym does.)
            if (earlier is null || (earlier.First < earlier.Last && NameForms.IsCountryOrDemonym(earlier.Text)))
            {
                continue;
            }

            // (A demonym describes the counterpart; a person's name is at least two words or has an office before it.)
            var office = Before(tokens, earlier.First, chunks)?.Role ?? TitleOpening(tokens, earlier);
            if (office is not null && !IsFormerOffice(office))
            {
                return office;
            }

            if (earlier.First < earlier.Last)
            {
                return null;
            }
        }

        return null;
    }

    // "Prime Minister" in the run "Prime Minister Ana Ruiz": the capitalised office opening a run of capitals, or null.
    // A country or its demonym before the office is where it is held, not part of it ("Velmorian Foreign Minister").
    private static string? TitleOpening(IReadOnlyList<Token> tokens, NameChunk chunk)
    {
        var first = chunk.First < chunk.Last && tokens[chunk.First].IsWord && NameForms.IsCountryOrDemonym(tokens[chunk.First].Text) ? chunk.First + 1 : chunk.First;
        var last = first - 1;
        while (last + 1 < chunk.Last && IsCapitalisedTitlePart(tokens[last + 1]))
        {
            last++;
        }

        return last >= first && Lexicon.TitleWords.Contains(tokens[last].Text) ? Join(tokens, first, last) : null;
    }

    // Whether the name starting at first is followed by "and" or a comma and another name.
    private static bool OpensList(IReadOnlyList<Token> tokens, int first, IReadOnlyList<NameChunk> chunks)
    {
        var name = NameChunkIndex.StartingAt(chunks, first);
        if (name is null || name.Last + 2 >= tokens.Count)
        {
            return false;
        }

        var next = name.Last + 1;
        // ("A, 21, B and C": an age after the first name.)
        if (next + 3 < tokens.Count && tokens[next].IsSymbol(',') && tokens[next + 1].IsNumber && tokens[next + 2].IsSymbol(','))
        {
            next += 2;
        }

        return tokens[next].Is("and") || (tokens[next].IsSymbol(',') && (NameChunkIndex.StartingAt(chunks, next + 1) is not null || tokens[next + 1].Is("and")));
    }

    // The index of the comma that opens a short aside of a few words without names ending with the comma at p
    // (", in 1998,") or a party tag (", D-Calif.,"), or p.
    private static int SkipAsideBefore(IReadOnlyList<Token> tokens, int p, IReadOnlyList<NameChunk> chunks)
    {
        const int MaxAsideTokens = 4;
        if (p < 2 || !tokens[p].IsSymbol(','))
        {
            return p;
        }

        // "Reps. Ana Ruiz, D-Calif., and Tom Hale": a legislator's party tag.
        var tagComma = DocumentEntityReader.CommaBeforePartyTag(tokens, p - 1);
        if (tagComma >= 0)
        {
            return tagComma;
        }

        for (var k = p - 1; k >= 1 && p - k <= MaxAsideTokens; k--)
        {
            if (tokens[k].IsSymbol(','))
            {
                return k < p - 1 && Prepositions.Contains(tokens[k + 1].Text) && NameChunkIndex.EndingAt(chunks, p - 1) is null ? k : p;
            }

            if (!(tokens[k].IsWord || tokens[k].IsNumber) || NameChunker.IsNameWord(tokens[k]))
            {
                return p;
            }
        }

        return p;
    }

    // Verbs after which "as" names the subject's own office ("succeeded her as", "joined the board as"); after
    // "appointed her as" or "hired him as" the office would be the object's.
    private static readonly HashSet<string> SubjectOfficeVerbs = new(System.StringComparer.Ordinal)
    {
        "succeeded", "succeeds", "replaced", "replaces", "worked", "works", "joined", "joins", "returned", "returns", "acted",
        "acts", "remained", "remains", "resigned", "retired", "continued", "continues", "stepped", "started", "began",
    };

    // The index of the "as" that follows such a verb at index verb within a few words, or -1.
    private static int AsAfterSubjectVerb(IReadOnlyList<Token> tokens, int verb)
    {
        const int MaxWordsBeforeAs = 4;
        if (verb >= tokens.Count || !SubjectOfficeVerbs.Contains(tokens[verb].Text))
        {
            return -1;
        }

        for (var k = verb + 1; k < tokens.Count && k - verb <= MaxWordsBeforeAs && tokens[k].IsWord; k++)
        {
            if (tokens[k].Is("as"))
            {
                return k + 1 < tokens.Count ? k : -1;
            }
        }

        return -1;
    }

    // A hyphen at p written without spaces between two words ("long-reigning").
    internal static bool IsGluedHyphen(IReadOnlyList<Token> tokens, int p) =>
        p + 1 < tokens.Count && tokens[p].IsSymbol('-') && !tokens[p].SpaceBefore && !tokens[p + 1].SpaceBefore;

    /// <summary>
    /// "named Ana Ruiz as chief executive", "picked Jo Kim as her deputy": the office right after the name,
    /// after "as" (a possessive is stepped over as "the" would be).
    /// </summary>
    public static string? ChosenAs(IReadOnlyList<Token> tokens, int nameLast, IReadOnlyList<NameChunk> chunks)
    {
        var p = nameLast + 1;
        if (p + 2 >= tokens.Count || !tokens[p].Is("as"))
        {
            return null;
        }

        var possessive = tokens[p + 1].Is("his") || tokens[p + 1].Is("her") || tokens[p + 1].Is("their");
        var match = After(tokens, possessive ? p : p - 1, chunks, commaOptional: true);
        return match?.Role;
    }

    // "X was elected president", "X became prime minister", "X was appointed chair of the board": an office the
    // name's holder took, said without "as". Only offices count ("X became the first woman to ..." names none).
    private static RoleMatch? OfficeTakenAfter(IReadOnlyList<Token> tokens, int nameLast, IReadOnlyList<NameChunk> chunks)
    {
        var verb = nameLast + 1;
        // "X has been appointed chair": the perfect passive too.
        if (verb + 2 < tokens.Count && (tokens[verb].Is("has") || tokens[verb].Is("had") || tokens[verb].Is("have")) && tokens[verb + 1].Is("been"))
        {
            verb += 2;
        }
        else if (verb + 1 < tokens.Count && (tokens[verb].Is("was") || tokens[verb].Is("is")))
        {
            verb++;
        }

        if (verb + 1 >= tokens.Count)
        {
            return null;
        }

        // ("named" only in the passive: "X named Y chair" gives the office to Y.)
        var passiveOnly = tokens[verb].Is("elected") || tokens[verb].Is("appointed") || tokens[verb].Is("named");
        if (!(passiveOnly || tokens[verb].Is("became") || tokens[verb].Is("becomes"))
            || (passiveOnly && verb == nameLast + 1))
        {
            return null;
        }

        // (The apposition reader steps over the token after its start, here the verb.)
        var match = After(tokens, verb - 1, chunks, commaOptional: true);
        if (match?.Role is not { } role)
        {
            return null;
        }

        var head = role.LastIndexOf(' ');
        var headWord = head < 0 ? role : role.Substring(head + 1);
        return Lexicon.RoleHeads.Contains(headWord) || Lexicon.TitleWords.Contains(headWord) || MoreRoleHeads.Contains(headWord) ? match : null;
    }
}
