using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The relative pronoun "who", told apart from the World Health Organization's acronym.</summary>
internal static class RelativeWho
{
    /// <summary>
    /// "X, who was the mayor": the pronoun is written in lower case, or capitalised only where it opens a sentence or a
    /// headline ("Who is ..."). "WHO" in capitals is the World Health Organization ("X, WHO's cholera lead,"), so an
    /// apposition after it is read, not skipped as a relative clause.
    /// </summary>
    public static bool Is(Token token) => token.IsWord && (token.Text == "who" || token.Text == "Who");
}
