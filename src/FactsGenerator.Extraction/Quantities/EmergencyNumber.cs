using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "a passer-by dialled 999", "called 911", "the 112 operator": the emergency numbers of the English-speaking press,
/// read only beside a word for calling, so "911 miles" or "999 tickets" stay counts.
/// </summary>
internal static class EmergencyNumber
{
    private static readonly HashSet<string> Numbers = new(System.StringComparer.Ordinal) { "911", "999", "112", "000" };

    private static readonly HashSet<string> CallVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "dial", "dials", "dialled", "dialed", "dialling", "dialing", "phone", "phoned",
        "phoning", "ring", "rang", "ringing", "rung",
    };

    private static readonly HashSet<string> CallNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators", "line", "service", "services",
    };

    public static bool IsDialled(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var index = number.First;
        if (number.Last != index || !tokens[index].IsNumber || !Numbers.Contains(tokens[index].Text))
        {
            return false;
        }

        return (index > 0 && tokens[index - 1].IsWord && CallVerbs.Contains(tokens[index - 1].Text))
            || (index + 1 < tokens.Count && tokens[index + 1].IsWord && CallNouns.Contains(tokens[index + 1].Text));
    }
}
