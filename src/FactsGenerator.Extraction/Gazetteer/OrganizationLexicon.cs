using System;
using System.Collections.Generic;
using System.Text;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Well-known organisations that news prose names with no word saying what they are ("Boeing", "USA Today",
/// "Lufthansa"), read once from the embedded organizations.txt (built by tools/gazetteer/build-orgs.js; sources and
/// licences in its header), and the websites of sites.txt ("The Hill", "Twitter"; built by build-sites.js). The list
/// is lower-case: a name matches whatever its capitals, but only when every word of it is written as a name, so
/// "the boeing" in running text or "usa today" in a slogan never match.
/// </summary>
internal static class OrganizationLexicon
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.organizations.txt";

    internal const string SitesResourceName = "FactsGenerator.Extraction.Gazetteer.sites.txt";

    private static readonly Lazy<HashSet<string>> Names = new(Load, isThreadSafe: true);

    private static readonly Lazy<HashSet<string>> Sites = new(LoadSites, isThreadSafe: true);

    /// <summary>Lower-case words that may stand inside a name without a capital ("Bank of America", "Procter & Gamble").</summary>
    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "of", "and", "the", "de", "del", "la", "le", "&", "on", "in" };

    public static int Count => Names.Value.Count;

    /// <summary>True when the name, as written in a text, is a known organisation.</summary>
    public static bool Contains(string name) => (contained ??= new Text.StringMemo<bool>(IsListed)).Get(name);

    // Asked for every chunk by several rules; building the key allocates, so the answers are remembered per thread.
    [ThreadStatic]
    private static Text.StringMemo<bool>? contained;

    private static bool IsListed(string name) => IsWrittenAsName(name) && (Names.Value.Contains(Key(name)) || Sites.Value.Contains(SiteKey(name)));

    /// <summary>The key sites.txt stores a website's name under (build-sites.js reads it from the domain): the name's
    /// letters and digits, lower case ("The Daily Beast" is "thedailybeast"). A lower-case "the" before the name is
    /// no part of it; a capital one is, so "The Independent" matches a newspaper and "the independent" nothing.</summary>
    internal static string SiteKey(string name)
    {
        var start = name.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0;
        var key = new StringBuilder(name.Length);
        for (var i = start; i < name.Length; i++)
        {
            if (char.IsLetterOrDigit(name[i]))
            {
                key.Append(char.ToLowerInvariant(name[i]));
            }
        }

        return key.ToString();
    }

    /// <summary>The key the list stores a name under (build-orgs.js makes the same): lower case, no apostrophes or
    /// full stops, hyphens as spaces, single spaces, no leading "the"; diacritics folded besides, here and when the list
    /// is read, since English papers often drop them ("an Aeromexico jetliner" for the listed "Aeroméxico").</summary>
    internal static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        // PlaceGazetteer.Key has turned a curly apostrophe into a straight one already.
        foreach (var c in PlaceGazetteer.Key(name))
        {
            if (c is '\'' or '.')
            {
                continue;
            }

            var lower = c == '-' || char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (lower == ' ' && (key.Length == 0 || key[key.Length - 1] == ' '))
            {
                continue;
            }

            key.Append(lower);
        }

        var text = key.ToString().TrimEnd(' ');
        return text.StartsWith("the ", StringComparison.Ordinal) ? text.Substring(4) : text;
    }

    // Every word opens with a capital or a digit, or has a capital inside ("eBay", "easyJet"), or joins the name's words.
    private static bool IsWrittenAsName(string name)
    {
        var sawWord = false;
        foreach (var word in name.Split(' '))
        {
            if (word.Length == 0 || JoiningWords.Contains(word))
            {
                continue;
            }

            if (!(char.IsUpper(word[0]) || char.IsDigit(word[0]) || HasCapitalInside(word)))
            {
                return false;
            }

            sawWord = true;
        }

        return sawWord;
    }

    private static bool HasCapitalInside(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The list is stored already keyed (build-orgs.js writes Key's form), so each line is an entry as it is, its
    // diacritics folded as Key folds them (the place gazetteer's key folds them and keeps the rest).
    private static HashSet<string> Load() => EmbeddedLists.EntrySet(ResourceName, "organisation list", PlaceGazetteer.Key);

    private static HashSet<string> LoadSites() => EmbeddedLists.EntrySet(SitesResourceName, "website list", line => line);
}
