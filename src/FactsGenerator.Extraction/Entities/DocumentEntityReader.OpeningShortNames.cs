using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Orvik Air Lines ... Orvik said", "the Tarsk Police Department ... Tarsk Police", "Velmar Wireless ...
/// Velmar": news copy names a body in full once and then by the words that open its name. That shorter name is an
/// alias of the one longer body it opens, not a second organisation.</summary>
internal sealed partial class DocumentEntityReader
{
    // Words that, ending what the longer name adds, make it a body inside or beside the shorter one rather than the
    // shorter one written in full: "the Velm Council ... Velm Council Finance Committee", "the Orra Union ... Orra Union
    // Foundation". "Department", "Service" or a company's trade word add nothing of the kind.
    private static readonly HashSet<string> SubBodyHeads = Lexicon.Set(
        "Committee Subcommittee Council Commission Foundation Institute Institution University College School Hospital " +
        "Museum Trust Fund Club Academy Society Union Court Tribunal Board Bureau Office Agency Secretariat Assembly " +
        "Caucus Cabinet Party Ministry Centre Center Association Federation League Alliance Coalition Front Movement " +
        "Church Laboratory Observatory Division Unit Branch Chapter Team Democrats Republicans Conservatives Liberals");

    // The kind words a body's name may add after a short name that already ends in a head ("Tarsk Police" for "Tarsk
    // Police Department"): nothing else, so "Velm Senate" stays apart from "Velm Senate Democrats".
    private static readonly HashSet<string> KindWordsAfterHead = Lexicon.Set("Department Service Services Force Corporation Corp Company Co Group Inc Ltd");

    private void MergeOpeningShortOrganizationNames()
    {
        const int MaxShortWords = 3;
        var organizations = new List<EntityRecord>();
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Organization && record.MergedInto is null)
            {
                organizations.Add(record);
            }
        }

        // Every opening run of at most MaxShortWords words of each longer name, mapped to the one name it opens
        // (null when it opens two): linear in the number of names.
        var opened = new Dictionary<string, EntityRecord?>(System.StringComparer.Ordinal);
        foreach (var record in organizations)
        {
            var words = WordsWithoutArticle(record.Name);
            for (var count = 1; count < words.Length && count <= MaxShortWords; count++)
            {
                Index(opened, string.Join(" ", words, 0, count), record);
            }
        }

        var headlineEnd = HeadlineEnd();
        foreach (var shortName in organizations)
        {
            var shortWords = WordsWithoutArticle(shortName.Name);
            if (shortName.MergedInto is not null || shortWords.Length > MaxShortWords
                || !opened.TryGetValue(string.Join(" ", shortWords), out var longName) || longName is null
                || ReferenceEquals(longName, shortName) || longName.MergedInto is not null)
            {
                continue;
            }

            // The full name opens the story; a short name seen first in the body names something else ("Velmar"
            // the town, before "Velmar Wireless" is mentioned), unless it first stood in the headline.
            if (shortName.Evidence.Start < longName.Evidence.Start && shortName.Evidence.Start >= headlineEnd)
            {
                continue;
            }

            var longWords = WordsWithoutArticle(longName.Name);
            if (OpensAsSameBody(shortWords, longWords))
            {
                shortName.MergeInto(longName);
            }
        }
    }

    // What the longer name adds must be more of the same body's name: capitalised words, no "of"/"and" (two bodies
    // or a body of a place), no place, no sub-body's head, and after a short name that ends in a head of its own only a word of kind.
    private bool OpensAsSameBody(string[] shortWords, string[] longWords)
    {
        // ("Republican" beside "the Republican Guard" is the party's adjective, not the guard.)
        if (IsAcronymName(shortWords) || (shortWords.Length == 1 && Lexicon.PartyAdjectives.Contains(shortWords[0]))
            || NameForms.IsCountryOrDemonym(string.Join(" ", shortWords)) || gazetteer.TryFind(string.Join(" ", shortWords), out _))
        {
            return false;
        }

        for (var k = shortWords.Length; k < longWords.Length; k++)
        {
            var word = longWords[k];
            // ("Velmar Ireland Limited" is the firm's branch there, not the firm: a place added makes another body.)
            if (word.Length == 0 || !char.IsUpper(word[0]) || Lexicon.CapitalisedFunctionWords.Contains(word)
                || NameForms.IsCountryOrDemonym(word) || gazetteer.TryFind(word, out _))
            {
                return false;
            }
        }

        var last = longWords[longWords.Length - 1];
        if (SubBodyHeads.Contains(last))
        {
            return false;
        }

        return !HasHeadOfBody(shortWords) || (longWords.Length == shortWords.Length + 1 && KindWordsAfterHead.Contains(last));
    }

    // Where the headline ends: names first written there may be spelled out in full only in the body.
    private int HeadlineEnd()
    {
        var end = 0;
        foreach (var sentence in text.Sentences)
        {
            if (sentence.IsHeadline)
            {
                end = System.Math.Max(end, sentence.End);
            }
        }

        return end;
    }
}
