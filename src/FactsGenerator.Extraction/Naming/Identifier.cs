using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactsGenerator.Extraction.Naming;

/// <summary>
/// Turns words into valid C# identifiers: PascalCase, letters and digits only (diacritics folded, other
/// scripts kept when C# accepts them), never a keyword, never starting with a digit.
/// </summary>
public static class Identifier
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",

        // Undocumented but reserved: as member names they do not compile.
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>"peacekeepers killed" → "PeacekeepersKilled"; "São Paulo" → "SaoPaulo"; "44-day war" → "_44DayWar".</summary>
    public static string ToPascalCase(string words)
    {
        var builder = new StringBuilder(words.Length);
        var startOfWord = true;
        foreach (var c in FoldDiacritics(words))
        {
            if (IsIdentifierPart(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        return MakeValid(builder.ToString());
    }

    /// <summary>Makes any string a valid identifier: empty becomes "Unnamed", a leading digit gets "_", a keyword gets "@"-free "_" prefix.</summary>
    public static string MakeValid(string candidate)
    {
        var builder = new StringBuilder(candidate.Length + 1);
        foreach (var c in candidate)
        {
            if (IsIdentifierPart(c))
            {
                builder.Append(c);
            }
        }

        if (builder.Length == 0)
        {
            return "Unnamed";
        }

        if (!IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var result = builder.ToString();
        return Keywords.Contains(result) ? "_" + result : result;
    }

    public static bool IsKeyword(string word) => Keywords.Contains(word);

    public static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    public static bool IsIdentifierPart(char c)
    {
        if (c == '_' || char.IsLetterOrDigit(c))
        {
            return !char.IsSurrogate(c);
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>Removes combining marks after canonical decomposition ("Brudziński" → "Brudzinski").</summary>
    public static string FoldDiacritics(string text) => (folded ??= new Text.StringMemo<string>(Fold)).Get(text);

    // Names with a non-ASCII character (a curly apostrophe is enough) are folded again and again; normalisation goes
    // through ICU and is costly, so the answers are remembered per thread.
    [ThreadStatic]
    private static Text.StringMemo<string>? folded;

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
