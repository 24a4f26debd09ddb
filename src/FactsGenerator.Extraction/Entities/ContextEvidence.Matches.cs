using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Sports results: the two sides of "X defeated Y 28–10" are teams, and a team's opponent is a team.</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Verbs of a match result between two sides.</summary>
    private static readonly HashSet<string> ResultVerbs = Lexicon.Set("defeated defeat defeats beat beats thrashed edged overcame outscored routed downed");

    // The sides of every result read, first side then second, kept in reading order.
    private readonly List<(string Winner, string Loser)> matches = new();
    private readonly HashSet<string> teams = new(System.StringComparer.Ordinal);

    /// <summary>True when the name plays a match in the document: a team named after its town is the team there.</summary>
    public bool IsTeam(string name) => teams.Contains(NameForms.Key(name));

    // Names played "against" or "versus": teams when the document reports a match between teams.
    private readonly List<string> opponents = new();

    // "Redhill defeated Oakport 28–10", "Redhill beat Oakport 3-1": a result with a score is played by teams.
    private void CollectMatchResult(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First >= 1 && NameForms.IsLowerWord(tokens[chunk.First - 1]) && tokens[chunk.First - 1].Text is "against" or "versus" or "vs"
            && !IsPersonsName(chunk))
        {
            opponents.Add(chunk.Text);
        }

        var verb = chunk.Last + 1;
        if (verb >= tokens.Count || !NameForms.IsLowerWord(tokens[verb]) || !ResultVerbs.Contains(tokens[verb].Text))
        {
            return;
        }

        var loser = ChunkStartingAt(verb + 1);
        if (loser is null || IsPersonsName(chunk) || IsPersonsName(loser))
        {
            return;
        }

        matches.Add((chunk.Text, loser.Text));
        if (HasScore(tokens, loser.Last + 1))
        {
            HintTeam(chunk.Text);
            HintTeam(loser.Text);
        }
    }

    // A person's name opens with a first name ("Ana Ruiz beat Jo Kim 6–4"): players are people, not teams.
    private static bool IsPersonsName(NameChunk chunk) => GivenNames.Contains(chunk.Tokens[chunk.First].Text);

    private void HintTeam(string name)
    {
        if (!NameForms.IsCountryOrDemonym(name))
        {
            Hint(name, EntityKind.Organization);
            teams.Add(NameForms.Key(name));
        }
    }

    // "28–10", "3-1", "31 points to 12", possibly after a comma.
    private static bool HasScore(IReadOnlyList<Token> tokens, int at)
    {
        var k = at < tokens.Count && tokens[at].IsSymbol(',') ? at + 1 : at;
        if (k >= tokens.Count || !tokens[k].IsNumber)
        {
            return false;
        }

        if (k + 2 < tokens.Count && (tokens[k + 1].IsSymbol('–') || tokens[k + 1].IsSymbol('-')) && tokens[k + 2].IsNumber)
        {
            return true;
        }

        return k + 3 < tokens.Count && tokens[k + 1].Is("points") && tokens[k + 2].Is("to") && tokens[k + 3].IsNumber;
    }

    // "Redhill coach Ana Ruiz said ... Redhill defeated Oakport": the opponent of a team is a team.
    private void HintOpponents()
    {
        foreach (var (winner, loser) in matches)
        {
            var winnerIsTeam = TryGetStrong(winner, out var winnerKind) && winnerKind == EntityKind.Organization;
            var loserIsTeam = TryGetStrong(loser, out var loserKind) && loserKind == EntityKind.Organization;
            if (winnerIsTeam && !loserIsTeam)
            {
                HintTeam(loser);
            }
            else if (loserIsTeam && !winnerIsTeam)
            {
                HintTeam(winner);
            }
        }

        // "we lost against Oakport": in a report of a match between two teams, what a side plays against is a team too
        // (a country there is the country's own side, and stays a place).
        if (ReportsAMatchBetweenTeams())
        {
            foreach (var opponent in opponents)
            {
                var isCountry = PlaceGazetteer.Instance.TryFind(opponent, out var place) && place.Kind == Model.PlaceKind.Country;
                if (!isCountry && !TryGetStrong(opponent, out _))
                {
                    HintTeam(opponent);
                }
            }
        }
    }

    // A result read between two sides that the document shows to be bodies.
    private bool ReportsAMatchBetweenTeams()
    {
        foreach (var (winner, loser) in matches)
        {
            if (TryGetStrong(winner, out var winnerKind) && winnerKind == EntityKind.Organization && TryGetStrong(loser, out var loserKind) && loserKind == EntityKind.Organization)
            {
                return true;
            }
        }

        return false;
    }
}
