using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Lower-case departments named with their whole field: "Orra state's civil protection department", "the
/// Velm provincial department for agriculture and rural development".</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Levels of government written in lower case between a place and its possessive ("Orra state's").</summary>
    private static readonly HashSet<string> LevelsOfGovernment = Lexicon.Set("state province county city region district municipality prefecture");

    /// <summary>Lower-case heads of a civil body whose field may be glued by a hyphen ("disaster-management department",
    /// "anti-corruption commission").</summary>
    private static readonly HashSet<string> HyphenedFieldNouns = Lexicon.Set("department directorate ministry commission committee authority council");

    /// <summary>Lower-case heads of a body that go on with the field they serve after "for" or "of".</summary>
    private static readonly HashSet<string> FieldBodyNouns = Lexicon.Set("department directorate ministry");

    /// <summary>Lower-case levels of government that say whose department it is, not what it does ("provincial").</summary>
    private static readonly HashSet<string> LevelAdjectives = Lexicon.Set("provincial state regional municipal county city district federal national");

    // "the Velm provincial department for agriculture and rural development said": a lower-case department, directorate
    // or ministry named only by its level goes on with its lower-case field after "for" or "of", as annotators name it
    // (the field ends as for "the ministry of labour": before a verb, a function word or a word for a person). One that
    // has its field already ("Orra's health department for years") ends at its noun. Returns the new end, or end.
    private static int FieldAfterDepartmentEnd(IReadOnlyList<Token> tokens, int noun, int end)
    {
        if (end != noun || !FieldBodyNouns.Contains(tokens[noun].Text) || noun + 2 >= tokens.Count || !(tokens[noun + 1].Is("for") || tokens[noun + 1].Is("of"))
            || !LevelAdjectives.Contains(tokens[noun - 1].Text))
        {
            return end;
        }

        var fieldEnd = FieldEnd(tokens, noun + 2);
        return fieldEnd >= 0 ? fieldEnd : end;
    }
}
