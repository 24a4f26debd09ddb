using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Acronyms spelled out as things rather than bodies: laws, offices, technologies and common nouns.</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Last words of the spelled-out names of things that are no body ("Vessel Location System").</summary>
    private static readonly HashSet<string> ThingEndings = Lexicon.Set(
        "System Telescope Satellite Vehicle Reactor Engine Virus Syndrome Disease Disorder Vaccine Test Standard Format " +
        "Language Interface Chat Life Income Tracking Identification Management Number Code Rate Product Technology Device " +
        // Prices, taxes and per-share figures ("Minimum Support Price (MSP)", "Goods and Services Tax (GST)", "Earnings
        // Per Share (EPS)") and the chemicals of fertilisers and fuels ("DAP (Diammonium Phosphate)") are measures and
        // goods that economic news abbreviates, never bodies.
        "Price Tax Share Phosphate Nitrate Sulphate Sulfate Oxide Chloride Acid Potash");

    private readonly HashSet<string> thingAcronyms = new(System.StringComparer.Ordinal);

    /// <summary>Acronyms spelled out letter for letter by words that name no kind of body ("Velm Private Server (VPS)"),
    /// with the spelled-out name: a thing unless the document treats the acronym or its name as a body.</summary>
    private readonly Dictionary<string, string> spelledWithoutBodyWord = new(System.StringComparer.Ordinal);

    /// <summary>True when the document spells the acronym out as a thing, an office or a common noun, never a body
    /// ("Velm Relay Chat (VRC)", "Member of the Assembly (MA)", "digital rights management (DRM)").</summary>
    public bool IsThingAcronym(string name)
    {
        var key = NameForms.Key(name);
        return thingAcronyms.Contains(key)
            || (spelledWithoutBodyWord.TryGetValue(key, out var spelled) && !ActsAsBody(name) && !ActsAsBody(spelled));
    }

    private readonly Dictionary<string, int> paragraphOpenings = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> usedInsideParagraphs = new(System.StringComparer.Ordinal);

    /// <summary>True when the acronym opens two paragraphs or more and is written nowhere else: the initials of whoever
    /// answers in an interview ("JV We started in 2010."), not a body.</summary>
    public bool IsAnswerLabel(string name)
    {
        var key = NameForms.Key(name);
        return paragraphOpenings.TryGetValue(key, out var openings) && openings >= 2 && !usedInsideParagraphs.Contains(key);
    }

    // Counts where each acronym of the chunk stands: opening its paragraph ("JV We started", read as one chunk with the
    // word after it) or anywhere else.
    private void CollectAcronymPlacement(NameChunk chunk)
    {
        for (var k = chunk.First; k <= chunk.Last; k++)
        {
            if (!NameForms.IsAcronym(chunk.Tokens[k]))
            {
                continue;
            }

            var key = NameForms.Key(chunk.Tokens[k].Text);
            if (k == 0 && chunk.Sentence.Start == chunk.Sentence.Paragraph.Start)
            {
                paragraphOpenings[key] = paragraphOpenings.TryGetValue(key, out var openings) ? openings + 1 : 1;
            }
            else
            {
                usedInsideParagraphs.Add(key);
            }
        }
    }

    // A name the document or the list of well-known bodies shows to be a body: it speaks, is named with a kind of
    // body, or has staff, owners or statements.
    private bool ActsAsBody(string name) =>
        Gazetteer.OrganizationLexicon.Contains(name) || (TryGetStrong(name, out var kind) && kind == EntityKind.Organization) || IsWeakOrganization(name)
        || IsSpeaker(name) || IsNamedAsBody(name);

    private void CollectAcronymSpelling(NameChunk chunk)
    {
        var (tokens, a, b, prev, _, next, next2) = Around(chunk);
        if (a != b || !NameForms.IsAcronym(tokens[a]))
        {
            return;
        }

        // "DRM (digital rights management)", "DRM [digital rights management]": a lower-case gloss in brackets after the
        // acronym (but "VSA (a shipping regulator)" describes what the acronym is, and "(formerly ...)" gives an older name).
        var bracketAfter = next is { } open && (open.IsSymbol('(') || open.IsSymbol('['));
        if (bracketAfter && next2 is { } gloss && NameForms.IsLowerWord(gloss) && gloss.Text is not ("a" or "an" or "the" or "formerly" or "now" or "also"))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
            return;
        }

        // "VGM [Velm Genital Mutilation]", "HBD (Harbour Business District)": a name in brackets after the acronym spells it
        // out, and an acronym is what its name is: a place, an office or a thing is no body.
        if (bracketAfter && ChunkStartingAt(b + 2) is { } spelledAfter && IsSpelledOutAs(spelledAfter, tokens[a].Text) && NamesNoBody(spelledAfter))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
            return;
        }

        // "VPS [Velm Private Server]": a name in brackets after the acronym that spells it letter for letter.
        if (bracketAfter && ClosingBracket(tokens, b + 1) is var closing && closing > b + 2
            && InitialsSpell(tokens, b + 2, closing - 1, tokens[a].Text) && NamesNoKindOfBody(tokens, b + 2, closing - 1))
        {
            spelledWithoutBodyWord[NameForms.Key(chunk.Text)] = TokenText.Of(tokens, b + 2, closing - 1);
            return;
        }

        if (IsGlossedAfterNounOrDash(tokens, b, tokens[a].Text))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
            return;
        }

        // "a wasting disease of deer, or WDD,": news style introduces a short form after a comma and "or"; a lower-case
        // run before it that spells it names a thing, as the same run in brackets would.
        if (a >= 3 && prev is { } or && or.Is("or") && NameForms.IsLowerWord(or) && tokens[a - 2].IsSymbol(',')
            && SpellsInLowerCase(tokens, a - 3, tokens[a].Text))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
            return;
        }

        if (!(prev is { } bracket && bracket.IsSymbol('(') && next is { } close && close.IsSymbol(')')) || a < 2)
        {
            return;
        }

        // "Velm Emergency Relief Benefit (VERB)": words before the brackets that spell the acronym letter for letter,
        // whatever their case ("and", "of" may be skipped).
        var spelledStart = InitialsSpelledBefore(tokens, a - 2, tokens[a].Text);
        if (spelledStart >= 0 && NamesNoKindOfBody(tokens, spelledStart, a - 2))
        {
            spelledWithoutBodyWord[NameForms.Key(chunk.Text)] = TokenText.Of(tokens, spelledStart, a - 2);
        }

        var spelled = ChunkEndingAt(a - 2);
        if (spelled is not null && IsOfficeSpelledOut(spelled, tokens[a].Text))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
            return;
        }

        // ("International Grade (IG)": a name that a body's word only opens names no body, see IsOpenedByHeadOnly.)
        if (spelled is not null
            ? NamesAThing(spelled) || (IsSpelledOutAs(spelled, tokens[a].Text) && (NamesNoBody(spelled) || DocumentEntityReader.IsOpenedByHeadOnly(spelled)))
            : SpellsInLowerCase(tokens, a - 2, tokens[a].Text))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
        }
    }

    private static bool NamesAThing(NameChunk spelled)
    {
        var last = spelled.Tokens[spelled.Last].Text;
        return spelled.SpacedWordCount > 1 && (ThingEndings.Contains(last) || Lexicon.EventWords.Contains(last) || Lexicon.TitleWords.Contains(last) || Lexicon.RoleHeads.Contains(last))
            && !Lexicon.OrganizationHeads.Contains(last);
    }

    // The spelled-out name opens with the acronym's first letter and has at least two words ("Harbour Business District"
    // for "HBD"); a looser test than spelling every letter, as glosses skip and join words.
    private static bool IsSpelledOutAs(NameChunk spelled, string acronym) =>
        spelled.SpacedWordCount > 1 && acronym.Length > 0 && char.ToUpperInvariant(spelled.Tokens[spelled.First].Text[0]) == char.ToUpperInvariant(acronym[0]);

    // A spelled-out name that reads as a place, an office or an act, with no word that heads a body's name.
    private static bool NamesNoBody(NameChunk spelled)
    {
        var tokens = spelled.Tokens;
        if (HasBodyHeadWord(tokens, spelled.First, spelled.Last))
        {
            return false;
        }

        var last = tokens[spelled.Last].Text;
        if (Gazetteer.OrganizationLexicon.Contains(spelled.Text))
        {
            return false;
        }

        return Lexicon.PlaceHeads.Contains(last) || ThingEndings.Contains(last) || Lexicon.TitleWords.Contains(last) || Lexicon.RoleHeads.Contains(last)
            || Lexicon.EventWords.Contains(last) || NameForms.HasAbstractNounEnding(last) || Gazetteer.PlaceGazetteer.Instance.TryFind(spelled.Text, out _);
    }

    // "a distributed denial of service (DDOS)", "Velm fever virus (VFV)": words ending in a lower-case one at `end`
    // whose initials spell the acronym (little words such as "of" may be skipped); a common noun last makes the
    // whole a thing, even when a name opens it.
    private static bool SpellsInLowerCase(IReadOnlyList<Token> tokens, int end, string acronym)
    {
        var letters = acronym.Replace(".", string.Empty);
        var k = end;
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            while (k >= 0 && IsJoiningMark(tokens[k]))
            {
                k--;
            }

            while (k >= 0 && tokens[k].IsWord && NameForms.IsLowerWord(tokens[k]) && char.ToLowerInvariant(tokens[k].Text[0]) != char.ToLowerInvariant(letters[i])
                && tokens[k].Text is "of" or "and" or "for" or "the" or "to")
            {
                k--;
            }

            // "photovoltaic array (PVA)", "hydroxybenzoic compound (HBC)": a lower-case compound word may give the
            // letters of its inner parts too, in order after its first letter.
            if (k >= 0 && tokens[k].IsWord && NameForms.IsLowerWord(tokens[k]) && k < end)
            {
                i -= InnerLettersGiven(tokens[k].Text, letters, i);
            }

            var mayBeName = k < end && i == 0;
            if (k < 0 || !tokens[k].IsWord || !(NameForms.IsLowerWord(tokens[k]) || mayBeName) || char.ToLowerInvariant(tokens[k].Text[0]) != char.ToLowerInvariant(letters[i]))
            {
                return false;
            }

            k--;
        }

        return true;
    }

    // How many letters before letters[i] the word gives besides its first: the most m for which the word opens with
    // letters[i - m] and holds letters[i - m + 1 .. i] in order after its first character.
    private static int InnerLettersGiven(string word, string letters, int i)
    {
        for (var m = i; m > 0; m--)
        {
            if (char.ToLowerInvariant(word[0]) != char.ToLowerInvariant(letters[i - m]))
            {
                continue;
            }

            var at = 1;
            var next = i - m + 1;
            for (; at < word.Length && next <= i; at++)
            {
                next += char.ToLowerInvariant(word[at]) == char.ToLowerInvariant(letters[next]) ? 1 : 0;
            }

            if (next > i)
            {
                return m;
            }
        }

        return 0;
    }

    // "ion-beam", "desorption/ionization": a hyphen or slash written inside a compound joins words that each give a letter.
    private static bool IsJoiningMark(Token token) => (token.IsSymbol('-') || token.IsSymbol('/')) && !token.SpaceBefore;

    private static readonly HashSet<string> SkippableInitialWords = Lexicon.Set("of and for the to in on a an de");

    /// <summary>Whether the word is a particle that gives no letter to an acronym ("of", "and", in any case).</summary>
    internal static bool IsSkippableInitialWord(string word) => SkippableInitialWords.Contains(word);

    // "an RPC card [ration price card]", "VRS - velm relay service": a lower-case gloss that spells the acronym ending
    // at `last`, after the noun it modifies or after a spaced dash, makes it a common noun.
    private static bool IsGlossedAfterNounOrDash(IReadOnlyList<Token> tokens, int last, string acronym)
    {
        if (last + 2 >= tokens.Count)
        {
            return false;
        }

        var noun = tokens[last + 1];
        var opener = tokens[last + 2];
        if (NameForms.IsLowerWord(noun) && (opener.IsSymbol('[') || opener.IsSymbol('(')))
        {
            return GlossSpells(tokens, last + 3, acronym);
        }

        return noun.IsSymbol('-') && noun.SpaceBefore && GlossSpells(tokens, last + 2, acronym);
    }

    // The acronym's letters are the first letters of the words from first to last, in order; little words that give no
    // letter may be skipped, and hyphens or ampersands give none ("Just-in-Time" spells "JIT").
    private static bool InitialsSpell(IReadOnlyList<Token> tokens, int first, int last, string acronym)
    {
        var letters = acronym.Replace(".", string.Empty);
        var j = 0;
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            if (token.IsSymbol('-') || token.IsSymbol('&') || token.IsSymbol('/'))
            {
                continue;
            }

            if (!token.IsWord)
            {
                return false;
            }

            if (j < letters.Length && char.ToUpperInvariant(token.Text[0]) == char.ToUpperInvariant(letters[j]))
            {
                j++;
                words++;
            }
            else if (!SkippableInitialWords.Contains(token.Text))
            {
                return false;
            }
        }

        return j == letters.Length && words >= 2;
    }

    // The first index of the words ending at `last` whose initials spell the acronym, or -1.
    internal static int InitialsSpelledBefore(IReadOnlyList<Token> tokens, int last, string acronym)
    {
        var letters = acronym.Replace(".", string.Empty);
        var j = letters.Length - 1;
        var k = last;
        for (; k >= 0 && j >= 0; k--)
        {
            var token = tokens[k];
            if (IsJoiningMark(token))
            {
                continue;
            }

            if (!token.IsWord)
            {
                return -1;
            }

            if (char.ToUpperInvariant(token.Text[0]) == char.ToUpperInvariant(letters[j]))
            {
                j--;
            }
            else if (!SkippableInitialWords.Contains(token.Text) || k == last)
            {
                return -1;
            }
        }

        return j < 0 && letters.Length >= 2 ? k + 1 : -1;
    }

    // Lower-case words from `start` up to a closing bracket or other punctuation that spell the acronym.
    private static bool GlossSpells(IReadOnlyList<Token> tokens, int start, string acronym)
    {
        const int MaxWords = 8;
        var end = start;
        while (end < tokens.Count && end - start < MaxWords && (NameForms.IsLowerWord(tokens[end]) || (tokens[end].IsSymbol('-') && !tokens[end].SpaceBefore)))
        {
            end++;
        }

        return end > start && NameForms.IsLowerWord(tokens[start]) && InitialsSpell(tokens, start, end - 1, acronym);
    }

    private static int ClosingBracket(IReadOnlyList<Token> tokens, int open)
    {
        const int MaxInside = 10;
        var closer = tokens[open].IsSymbol('(') ? ')' : ']';
        for (var k = open + 1; k < tokens.Count && k - open <= MaxInside; k++)
        {
            if (tokens[k].IsSymbol(closer))
            {
                return k;
            }
        }

        return -1;
    }

    // No word of the span heads a body's name, the span is no well-known body and no place, and it ends in an
    // ordinary English noun ("Server", "Benefit"): a name ending in a place or a foreign word ("Notes from Velmoria",
    // "Radio Welle") may name a body that the engine has no head word for. A verb of saying right after the
    // brackets ("Velm Welle (VW) reported") makes it a speaker, a body.
    private static bool NamesNoKindOfBody(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!Gazetteer.EnglishWords.IsOrdinaryWord(tokens[last].Text))
        {
            return false;
        }

        var after = last + 1 < tokens.Count && (tokens[last + 1].IsSymbol(')') || tokens[last + 1].IsSymbol(']')) ? last + 2 : last + 4;
        if (after < tokens.Count && NameForms.IsLowerWord(tokens[after]) && Lexicon.AttributionVerbs.Contains(tokens[after].Text))
        {
            return false;
        }

        if (HasBodyHeadWord(tokens, first, last))
        {
            return false;
        }

        var text = TokenText.Of(tokens, first, last);
        return !Gazetteer.OrganizationLexicon.Contains(text) && !Gazetteer.PlaceGazetteer.Instance.TryFind(text, out _);
    }

    // "the Acting Inspector-General of Police (IGP)", "Chief of Army Staff (COAS)", "Director General (DG)": an office,
    // a title word that gives the acronym its first letter (after modifiers such as "Acting"; "Deputy" is a title word
    // itself, so "Deputy Inspector-General (DIG)") with no body's head word before "of" (what follows "of" is the
    // office's field), is no body; "Attorney General's Office (AGO)" and "Director General of the Harbour Board (DGHB)"
    // keep theirs.
    private static bool IsOfficeSpelledOut(NameChunk spelled, string acronym)
    {
        var tokens = spelled.Tokens;
        var k = spelled.First;
        while (k < spelled.Last && Lexicon.TitleModifiers.Contains(tokens[k].Text) && !Lexicon.TitleWords.Contains(tokens[k].Text))
        {
            k++;
        }

        if (!tokens[k].IsWord || !Lexicon.TitleWords.Contains(tokens[k].Text) || char.ToUpperInvariant(tokens[k].Text[0]) != char.ToUpperInvariant(acronym[0]))
        {
            return false;
        }

        for (var i = k; i <= spelled.Last && !tokens[i].Is("of"); i++)
        {
            if (Lexicon.OrganizationHeads.Contains(tokens[i].Text) || tokens[i].Text is "'s" or "’s")
            {
                return false;
            }
        }

        for (var i = k; i <= spelled.Last; i++)
        {
            if (tokens[i].Is("the"))
            {
                return false;
            }
        }

        return true;
    }

    // "Council", "Agency", "Ltd": a word of the span that heads the names of bodies, or ends them as its last word (the
    // "United" of "Vice President of the United States" ends no body).
    private static bool HasBodyHeadWord(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Lexicon.OrganizationHeads.Contains(tokens[k].Text) || (k == last && Lexicon.CompanyEndings.Contains(tokens[k].Text)))
            {
                return true;
            }
        }

        return false;
    }
}
