using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "..., the Velm Port boss said": a body's name and a word for its head, after a person named before as the head
/// of that body ("Velm Port chief Ana Ruiz"). News writing shortens a head's title this way on second reference.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // Words a headline or a second reference uses for whoever leads a body, whatever the office is called.
    private static readonly HashSet<string> HeadNouns = Lexicon.Set("boss chief head leader");

    // The offices such a word stands for.
    private static readonly HashSet<string> HeadOffices = Lexicon.Set(
        "boss chief head leader director president chairman chairwoman chair administrator commissioner");

    // The person heading the body, when a head noun and a verb of saying follow the body's name; verb is that verb's
    // index.
    private EntityMention? BodysHeadDescribed(IReadOnlyList<Token> tokens, EntityMention body, out int verb)
    {
        verb = -1;
        var noun = IndexAtOrAfter(tokens, body.End);
        if (noun + 1 >= tokens.Count || !tokens[noun].IsWord || !HeadNouns.Contains(tokens[noun].Text) || !IsAttributionVerb(tokens[noun + 1]))
        {
            return null;
        }

        // The one person, named before, whose office is the body's head; two such people leave it open.
        var bodyName = body.Record.Resolve().Name;
        EntityMention? head = null;
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(body.Start) - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            var record = mention.Record.Resolve();
            if (mention.Kind != EntityKind.Person || mention.End > body.Start || record.Role is not { } role
                || !((record.Affiliation == bodyName && HeadOffices.Contains(role)) || IsUnitHead(record, bodyName, tokens[noun].Text)))
            {
                continue;
            }

            if (head is not null && head.Record.Resolve() != record)
            {
                return null;
            }

            head ??= mention;
        }

        verb = head is null ? -1 : noun + 1;
        return head;
    }

    // "DepEd Media Relations chief Ana Ruiz", whose office holds the unit ("media relations chief" of DepEd): the body's
    // name read with the unit before the same head noun is that office again.
    private static bool IsUnitHead(EntityRecord record, string bodyName, string noun) =>
        record.Affiliation is { } owner && record.Role is { } role
        && string.Equals(owner + " " + role, bodyName + " " + noun, System.StringComparison.OrdinalIgnoreCase);
}
