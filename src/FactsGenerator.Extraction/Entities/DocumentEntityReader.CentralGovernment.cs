using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The national government as Indian and Pakistani papers name it: "the Centre" and "the Union government".</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>How many opening words of a name are looked up to tell a place of the subcontinent ("Andhra Pradesh
    /// Agriculture Mission" opens with one).</summary>
    private const int MaxSubcontinentPlacePrefixWords = 3;

    /// <summary>Lower-case counting words only the subcontinent's English uses ("Rs 30 crore", "4.80 lakh quintal").</summary>
    private static readonly HashSet<string> SubcontinentNumberWords = Lexicon.Set("crore crores lakh lakhs");

    // "urged the Centre to act", "the Centre's withdrawal of subsidy", "the Union government's policies": Indian (and
    // Pakistani) English calls the national government "the Centre", against the states or provinces, and India's also
    // "the Union government"; each is one body, an organisation, in a document that names a place of India or Pakistan
    // or counts in crores or lakhs. Elsewhere a capitalised "the Centre" is the short name of a
    // named centre, so a document that writes any longer name ending in "Centre" or "Center" is left to the short-name
    // rules, as is one where "Centre" already has another reading.
    private void AddSubcontinentCentralGovernment()
    {
        // (The cheap test first: most documents write neither word, and then the others need not be asked.)
        if (!WritesCentreOrUnion() || !WritesFromSubcontinent() || WritesLongerCentreName())
        {
            return;
        }

        foreach (var (sentence, _) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var opened = i == 0 || tokens[i - 1].Is("the");
                if (!opened || i + 1 >= tokens.Count)
                {
                    continue;
                }

                var next = tokens[i + 1];
                // ("the Centre for Policy Research" is a named centre; "asked the Centre for more" is the government.)
                var namedAfter = (next.Is("for") || next.Is("of")) && i + 2 < tokens.Count && NameChunker.IsNameWord(tokens[i + 2]);
                if (tokens[i].Text == "Centre" && !NameChunker.IsNameWord(next) && !namedAfter && !next.IsSymbol('-')
                    && !next.IsSymbol('&') && registry.Find("Centre") is not { Kind: not EntityKind.Organization })
                {
                    registry.Mention(EntityKind.Organization, "Centre", sentence, tokens[i].Start, tokens[i].End);
                }
                else if (tokens[i].Text == "Union" && next.Text == "government")
                {
                    var name = AnalyzedText.CollapseWhitespace(text.Original, tokens[i].Start, next.End);
                    registry.Mention(EntityKind.Organization, name, sentence, tokens[i].Start, next.End);
                }
            }
        }
    }

    // A capitalised "Centre" or "Union", the only words the rule reads.
    private bool WritesCentreOrUnion()
    {
        foreach (var (sentence, _) in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.Text is "Centre" or "Union")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A name of the document opens with a place the gazetteer puts in India or Pakistan, or is their demonym, or a
    // sentence counts in crores or lakhs.
    private bool WritesFromSubcontinent()
    {
        foreach (var (sentence, chunks) in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (SubcontinentNumberWords.Contains(token.Text) && NameForms.IsLowerWord(token))
                {
                    return true;
                }
            }

            foreach (var chunk in chunks)
            {
                var tokens = chunk.Tokens;
                if (IsSubcontinentCountry(NameForms.CountryOfDemonym(tokens[chunk.First].Text)))
                {
                    return true;
                }

                for (var k = chunk.First; k <= chunk.Last && k - chunk.First < MaxSubcontinentPlacePrefixWords; k++)
                {
                    if (gazetteer.TryFind(TokenText.Of(tokens, chunk.First, k), out var place) && IsSubcontinentCountry(place.Country))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsSubcontinentCountry(string? country) => country is "India" or "Pakistan";

    // "the Harlow Centre ... the Centre said": a name of two words or more ending in "Centre" or "Center".
    private bool WritesLongerCentreName()
    {
        foreach (var (_, chunks) in sentences)
        {
            foreach (var chunk in chunks)
            {
                if (chunk.First < chunk.Last && chunk.Tokens[chunk.Last].Text is "Centre" or "Center")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
