using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A place's police force written in lower case ("Kerala police said", "the Tarsk district police has seized").</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Lower-case words of an area that may stand between the place and "police" ("Tarsk district police").</summary>
    private static readonly HashSet<string> PoliceAreaWords = Lexicon.Set("district city state county provincial");

    /// <summary>Lower-case words after "police" that show it ends the force's name: auxiliaries and particles of the
    /// clause it opens or ends ("Kerala police have", "arrested by Kerala police on Monday").</summary>
    private static readonly HashSet<string> AfterForceWords = Lexicon.Set(
        "has have had was were is are will would could can may also later then on in at and to for from of after since");

    // "Kerala police said", "the Tarsk district police has seized 40 tablets", "held by Velm police on Monday": many papers
    // write a place's force with a lower-case "police", and it acts as a body; the place stays a place in its own right.
    // Only where "police" ends the phrase: before a verb, an auxiliary, a particle or punctuation ("Kerala police chief",
    // "Velm police station", "Velm police officers" are offices and sites, read by their own rules). A nationality before
    // it ("Velmorian police") describes the country's police and names no force, and so does a country's name
    // ("Velmoria police said"): a national force has its own name, which the papers write in capitals.
    private void AddPlaceForcesInLowerCase()
    {
        foreach (var (_, chunks) in sentences)
        {
            foreach (var chunk in chunks)
            {
                var tokens = chunk.Tokens;
                var police = chunk.Last + 1;
                if (police < tokens.Count && PoliceAreaWords.Contains(tokens[police].Text))
                {
                    police++;
                }

                if (police >= tokens.Count || tokens[police].Text != "police"
                    || !(EndsForceName(tokens, police + 1) || SpeaksForForce(tokens, police + 1)) || !IsPlaceOfForce(chunk, police))
                {
                    continue;
                }

                var name = AnalyzedText.CollapseWhitespace(text.Original, chunk.Start, tokens[police].End);
                if (registry.Find(name) is null)
                {
                    registry.Mention(EntityKind.Organization, name, chunk.Sentence, chunk.Start, tokens[police].End);
                }
            }
        }
    }

    // Punctuation, a verb of saying, a past form, an auxiliary or a particle after "police", or the end of the sentence.
    private static bool EndsForceName(IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count)
        {
            return true;
        }

        var next = tokens[k];
        if (!next.IsWord)
        {
            return next.IsSymbol(',') || next.IsSymbol('.') || next.IsSymbol(';') || next.IsSymbol(':') || next.IsSymbol(')');
        }

        return NameForms.IsLowerWord(next)
            && (AfterForceWords.Contains(next.Text) || Lexicon.AttributionVerbs.Contains(next.Text) || Quantities.TokenWindow.IsPastVerb(next));
    }

    /// <summary>Lower-case nouns of the person who speaks for a force.</summary>
    private static readonly HashSet<string> ForceSpokesNouns = Lexicon.Set("spokesman spokeswoman spokesperson");

    // "Kerala police spokesman Ana Ruiz said", "Tarsk provincial police Lt. Jo Kim told": someone who speaks for the force
    // or holds an abbreviated rank in it, then the name, makes the place's police the body he serves, as news annotators
    // read it (3 of 3 articles). The force's head ("police chief", "police commissioner") is an office of its own, in
    // which "police" belongs to the title, and names no force (2 of 2).
    private static bool SpeaksForForce(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || !tokens[k].IsWord)
        {
            return false;
        }

        var name = tokens[k + 1].IsSymbol('.') ? k + 2 : k + 1;
        var spokes = NameForms.IsLowerWord(tokens[k]) && ForceSpokesNouns.Contains(tokens[k].Text);
        var rank = TitleAbbreviations.IsAbbreviatedTitleWord(tokens[k].Text) && name == k + 2;
        return (spokes || rank) && name < tokens.Count && NameChunker.IsNameWord(tokens[name]);
    }

    // The name before "police" (and its area word) is read as a place below a country: the gazetteer knows it or the
    // document made it one ("Tarsk district"); no nationality.
    private bool IsPlaceOfForce(NameChunk chunk, int police)
    {
        if (NameForms.CountryOfDemonym(chunk.Text) is not null)
        {
            return false;
        }

        var area = police > chunk.Last + 1 ? AnalyzedText.CollapseWhitespace(text.Original, chunk.Start, chunk.Tokens[police - 1].End) : null;
        return IsReadAsPlace(chunk.Text) || (area is not null && IsReadAsPlace(area));
    }

    private bool IsReadAsPlace(string name)
    {
        if (gazetteer.TryFind(name, out var known) && known.Kind == Model.PlaceKind.Country)
        {
            return false;
        }

        return registry.Find(name) is { } record ? record.Resolve().Kind == EntityKind.Place : known is not null;
    }
}
