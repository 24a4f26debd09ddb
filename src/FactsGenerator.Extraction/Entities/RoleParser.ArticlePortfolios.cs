using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>Fields of government written with "the" after the office ("Secretary of the Interior", "Secretary of the
    /// Treasury", "Minister of the Environment", "Chancellor of the Exchequer"): the field completes the office as
    /// "of Justice" does; "the" before any other word still names a body ("President of the Republic").</summary>
    private static readonly HashSet<string> PortfoliosWithArticle = new(System.StringComparer.Ordinal)
    {
        "Interior", "Treasury", "Navy", "Army", "Environment", "Exchequer", "Economy",
    };

    private static bool IsPortfolioWithArticle(IReadOnlyList<Token> tokens, int first, int last) =>
        (first == last && PortfoliosWithArticle.Contains(tokens[first].Text)) || (first >= 2 && IsChiefsStaff(tokens, first, last));
}
