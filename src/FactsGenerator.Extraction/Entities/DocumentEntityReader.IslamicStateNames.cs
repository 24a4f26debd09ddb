using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Islamic State ... also known as Daesh, ISIS or ISIL": news copy calls the one jihadist group by several
/// names, none of them spelled from another's letters, so the acronym rules cannot join them.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>The group's other names; "IS" only beside a spelled-out name, being an everyday word in capitals too.</summary>
    private static readonly HashSet<string> IslamicStateShortNames = new(System.StringComparer.Ordinal) { "ISIS", "ISIL", "Daesh", "IS" };

    /// <summary>The group's spelled-out names (not its provinces: "Islamic State West Africa Province" is a group of its own).</summary>
    private static readonly HashSet<string> IslamicStateFullNames = new(System.StringComparer.Ordinal)
    {
        "Islamic State", "Islamic State group", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and al-Sham",
    };

    // Every other name of the group is an alias of the first spelled-out name ("Islamic State", "Islamic State of Iraq
    // and Syria"), or, without one, of the first of its short names the document uses ("ISIS").
    private void MergeIslamicStateNames()
    {
        EntityRecord? spelled = null;
        var others = new List<EntityRecord>();
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Organization || record.MergedInto is not null)
            {
                continue;
            }

            if (IslamicStateFullNames.Contains(record.Name))
            {
                if (spelled is null)
                {
                    spelled = record;
                }
                else
                {
                    others.Add(record);
                }
            }
            else if (IslamicStateShortNames.Contains(record.Name))
            {
                others.Add(record);
            }
        }

        var target = spelled;
        foreach (var other in others)
        {
            if (target is null)
            {
                if (other.Name != "IS")
                {
                    target = other;
                }

                continue;
            }

            if (!ReferenceEquals(other.Resolve(), target.Resolve()) && (spelled is not null || other.Name != "IS"))
            {
                other.MergeInto(target.Resolve());
            }
        }
    }
}
