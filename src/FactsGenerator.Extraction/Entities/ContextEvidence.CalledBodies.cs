using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A body introduced by its kind: "an aid group called X", "a firm named X", "the X company".</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Kinds of body a name can be given after ("a group called X"): each is a body, never a thing or a site
    /// ("an app called X", "a station called X" stay with the other rules).</summary>
    private static readonly HashSet<string> CalledBodyKinds = Lexicon.Set(
        "group organisation organization company firm charity militia movement coalition alliance party network union " +
        "club team band agency association society foundation");

    // "an aid group called Velm Relief", "a campaign group named Parents for Safer Roads": the name given to a singular
    // kind of body is that body's, as "a village called X" names a village (news writes a little-known body so). A
    // given name opening the run is left to the people rules ("a band called Ana Ruiz and the Tides" is rare; "a
    // charity founder called Ana Ruiz" has no kind of body before "called").
    private static bool IsNamedAfterKindOfBody(IReadOnlyList<Token> tokens, int first)
    {
        var called = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        if (called < 1 || !(tokens[called].Is("called") || tokens[called].Is("named")) || !NameForms.IsLowerWord(tokens[called]))
        {
            return false;
        }

        var kind = tokens[called - 1];
        return NameForms.IsLowerWord(kind) && CalledBodyKinds.Contains(kind.Text) && OpensWithIndefiniteArticle(tokens, called - 1);
    }

    // "a group called", "an aid group called", "a new campaign group named": the kind is introduced by "a" or "an" within a
    // few words. After "the" (or no article) "called" and "named" are as often the body's own verb: "The party called
    // Tarsk's decision illegal", "The company named Ana Ruiz as its chief executive", "The team named Kim captain".
    private static bool OpensWithIndefiniteArticle(IReadOnlyList<Token> tokens, int kind)
    {
        const int MaxModifiers = 3;
        for (var k = kind - 1; k >= 0 && k >= kind - 1 - MaxModifiers; k--)
        {
            if (tokens[k].Is("a") || tokens[k].Is("an"))
            {
                return true;
            }

            // (A hyphen joins a modifier: "a Velm-based group called X".)
            if (!(tokens[k].IsWord || tokens[k].IsSymbol('-')) || tokens[k].Is("the"))
            {
                return false;
            }
        }

        return false;
    }
}
