using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A body's other names given with "also known as" ("Velm Front, also known as VF and the Orra Front").</summary>
internal sealed partial class DocumentEntityReader
{
    // "the Velm Front, also known as VF and VLF, said": news writing gives a group's other names right after its own, and
    // each name listed there ("and", "or" or a comma between) is the same body, an alias of the first. A person's other
    // names ("Ana Ruiz, also known as Tia") and places are left to their own rules: only bodies are merged here.
    private void MergeKnownAsOrganizationNames()
    {
        foreach (var (_, chunks) in sentences)
        {
            for (var c = 0; c + 1 < chunks.Count; c++)
            {
                var first = chunks[c];
                var start = KnownAsNameStart(first.Tokens, first.Last + 1);
                var owner = start < 0 ? null : registry.Find(first.Text);
                if (owner is null || owner.Kind != EntityKind.Organization)
                {
                    continue;
                }

                // The names listed after "known as", each straight after the one before it and a joining word.
                for (var n = c + 1; n < chunks.Count && chunks[n].First == start; n++)
                {
                    var alias = registry.Find(chunks[n].Text);
                    if (alias is null || alias.Kind != EntityKind.Organization)
                    {
                        break;
                    }

                    // (A name already folded into another body keeps that reading.)
                    if (ReferenceEquals(alias.Resolve(), alias))
                    {
                        alias.MergeInto(owner);
                    }

                    start = NextListedNameStart(chunks[n].Tokens, chunks[n].Last + 1);
                    if (start < 0)
                    {
                        break;
                    }
                }
            }
        }
    }

    // Where the other name starts after ", also known as", "(also known as", ", also called" or ", aka" at `p` (an
    // article after it is skipped), or -1.
    private static int KnownAsNameStart(IReadOnlyList<Token> tokens, int p)
    {
        if (p + 2 >= tokens.Count || !(tokens[p].IsSymbol(',') || tokens[p].IsSymbol('(')))
        {
            return -1;
        }

        var k = p + 1;
        if (tokens[k].Is("aka"))
        {
            k++;
        }
        else
        {
            if (!tokens[k].Is("also"))
            {
                return -1;
            }

            k++;
            if (k + 1 < tokens.Count && tokens[k].Is("known") && tokens[k + 1].Is("as"))
            {
                k += 2;
            }
            else if (k < tokens.Count && tokens[k].Is("called"))
            {
                k++;
            }
            else
            {
                return -1;
            }
        }

        if (k < tokens.Count && tokens[k].Is("the"))
        {
            k++;
        }

        return k < tokens.Count ? k : -1;
    }

    // After a listed name: ", " or "and"/"or" (also ", and") opens the next name of the list; anything else ends it.
    private static int NextListedNameStart(IReadOnlyList<Token> tokens, int p)
    {
        var k = p;
        if (k < tokens.Count && tokens[k].IsSymbol(','))
        {
            k++;
        }

        if (k < tokens.Count && (tokens[k].Is("and") || tokens[k].Is("or")))
        {
            k++;
        }

        if (k == p)
        {
            return -1;
        }

        if (k < tokens.Count && tokens[k].Is("the"))
        {
            k++;
        }

        return k < tokens.Count ? k : -1;
    }
}
