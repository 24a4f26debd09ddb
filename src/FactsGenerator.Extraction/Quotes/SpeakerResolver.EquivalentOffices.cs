using FactsGenerator.Extraction.Entities;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "Prime Minister Ana Ruiz ... "...," the premier said", "Chief Justice Jo Kim ... the judge said": news copy takes up
/// an office on second reference by another word for it. Such a word stands for the one person named before who holds
/// an office it covers; with two such people it stands for nobody (unlike the office's own word, which takes the
/// nearest holder, another word may be loose enough to fit both).
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The offices the word also covers, each as the last words of a role: a premier is a head of government (a state
    // premier, a prime minister, an Indian state's chief minister, a devolved first minister); a judge may be a
    // justice of a higher court.
    private static string[]? OfficesCoveredBy(string office)
    {
        if (office.Equals("premier", System.StringComparison.OrdinalIgnoreCase))
        {
            return HeadOfGovernmentOffices;
        }

        return office.Equals("judge", System.StringComparison.OrdinalIgnoreCase) ? JudgeOffices : null;
    }

    private static readonly string[] HeadOfGovernmentOffices = { "prime minister", "chief minister", "first minister" };
    private static readonly string[] JudgeOffices = { "justice" };

    // The one person named before the offset whose role ends with an office the word covers; null with none or with
    // two different people. The nearest mention of that person is returned.
    private EntityMention? OnlyHolderOfCoveredOffice(string office, int before)
    {
        if (OfficesCoveredBy(office) is not { } offices)
        {
            return null;
        }

        EntityMention? holder = null;
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(before) - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.End > before || mention.Kind != EntityKind.Person || mention.Record.Resolve().Role is not { } role
                || IsQualifiedOffice(role) || !EndsWithAnyOffice(role, offices))
            {
                continue;
            }

            if (holder is null)
            {
                holder = mention;
            }
            else if (!ReferenceEquals(holder.Record.Resolve(), mention.Record.Resolve()))
            {
                return null;
            }
        }

        return holder;
    }

    // A role ending with one of the offices, not as a ministry's field ("minister of justice", "justice minister" ends
    // otherwise): the word before the office is no "of", "for" or "and".
    private static bool EndsWithAnyOffice(string role, string[] offices)
    {
        foreach (var office in offices)
        {
            if (!EndsWithWord(role, office))
            {
                continue;
            }

            var rest = role.Substring(0, role.Length - office.Length).TrimEnd();
            if (!(EndsWithWord(rest, "of") || EndsWithWord(rest, "for") || EndsWithWord(rest, "and")))
            {
                return true;
            }
        }

        return false;
    }
}
