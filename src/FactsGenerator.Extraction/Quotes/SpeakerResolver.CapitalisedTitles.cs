using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," the Premier said", "the Prime Minister told reporters": British, Australian and Indian copy capitalise an
/// office on second reference. The office stands for the person named before whose role ends with it.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many capitalised words the office may have ("Chief Minister", "Deputy Prime Minister").</summary>
    private const int MaxCapitalisedOfficeWords = 3;

    // The person a capitalised office after "the" (at p) stands for, when a verb of saying follows it; verb is that
    // verb's index. An office that is part of a name ("the Prime Minister's Office") or matches nobody gives null.
    private EntityMention? CapitalisedOfficeAfter(IReadOnlyList<Token> tokens, int p, int before, out int verb)
    {
        verb = -1;
        var last = p;
        while (last + 1 < tokens.Count && last - p < MaxCapitalisedOfficeWords && tokens[last + 1].IsWord && tokens[last + 1].IsCapitalized
            && (Lexicon.TitleWords.Contains(tokens[last + 1].Text) || Lexicon.TitleModifiers.Contains(tokens[last + 1].Text)))
        {
            last++;
        }

        if (last == p || !Lexicon.TitleWords.Contains(tokens[last].Text) || last + 1 >= tokens.Count || !IsAttributionVerb(tokens[last + 1])
            || entities.MentionAt(tokens[p + 1].Start) is not null)
        {
            return null;
        }

        var office = new System.Text.StringBuilder();
        for (var k = p + 1; k <= last; k++)
        {
            office.Append(k > p + 1 ? " " : string.Empty).Append(tokens[k].Text);
        }

        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(before) - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.End <= before && mention.Kind == EntityKind.Person && mention.Record.Resolve().Role is { } role
                && EndsWithWord(role, office.ToString()) && !IsQualifiedOffice(role))
            {
                verb = last + 1;
                return mention;
            }
        }

        // ("Prime Minister Ana Ruiz ... "...," the Premier said": another word for the office.)
        if (OnlyHolderOfCoveredOffice(office.ToString(), before) is { } holder)
        {
            verb = last + 1;
            return holder;
        }

        return null;
    }
}
