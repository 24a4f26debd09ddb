using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Place evidence from news style's way of saying where someone lives: "Ana Ruiz, 31, of Tarnwick".</summary>
internal sealed partial class ContextEvidence
{
    // "X, 31, of Tarnwick," / "X, 31, of Tarnwick." : after a person's age, "of" and a name ending the phrase give the
    // town the person lives in (also "X, aged 31, of Tarnwick,"). Small towns are missing from any gazetteer, and this
    // phrase is how wire copy names them.
    // (A body there keeps its own evidence: "X, 45, of Harlow Labs" ends in a company word and is decided by it.)
    private void CollectResidenceAfterAge(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var a = chunk.First;
        if (a < 4 || !tokens[a - 1].Is("of") || !tokens[a - 2].IsSymbol(',') || !IsAge(tokens[a - 3]))
        {
            return;
        }

        // "X, aged 47, of Tarnwick": British papers put "aged" before the age.
        var beforeAge = tokens[a - 4].Is("aged") && a >= 5 ? a - 5 : a - 4;
        if (!tokens[beforeAge].IsSymbol(','))
        {
            return;
        }

        var b = chunk.Last;
        var endsPhrase = b + 1 >= tokens.Count || tokens[b + 1].IsSymbol(',') || tokens[b + 1].IsSymbol('.') || tokens[b + 1].IsSymbol(';')
            || tokens[b + 1].Is("and") || tokens[b + 1].Is("was") || tokens[b + 1].Is("is");
        if (endsPhrase && !HasInstitutionHead(chunk) && !Lexicon.CompanyEndings.Contains(tokens[b].Text))
        {
            Hint(chunk.Text, EntityKind.Place);
        }
    }

    private static bool IsAge(Token token) =>
        token.IsNumber && token.Text.Length <= 3 && int.TryParse(token.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years)
        && years is > 0 and < 120;
}
