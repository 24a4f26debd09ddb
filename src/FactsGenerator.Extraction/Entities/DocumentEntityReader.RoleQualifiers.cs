namespace FactsGenerator.Extraction.Entities;

/// <summary>Capitalised words before an office that name no body or place: a qualifier of the office.</summary>
internal sealed partial class DocumentEntityReader
{
    // "LGBT activist X", "Internet entrepreneur X", "former Harlow adviser X": a capitalised word right before an
    // office is read as the body the office belongs to; when the document has no such body or place (nor a country)
    // by the end, the word only says what kind of office it is, so it stays in the role and is no affiliation.
    private void FoldNamelessOwnersIntoRoles()
    {
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Person || record.MergedInto is not null || record.Discarded
                || record.OwnerQualifiedRole is not { } qualified || record.Role != record.QualifiedRoleOf || record.Affiliation is not { } owner
                || !IsQualifierOfOffice(owner))
            {
                continue;
            }

            record.Role = qualified;
            record.Affiliation = null;
        }
    }

    // A person of the document ("Harlow adviser"), or one word that names no body, place or party and is an
    // everyday word or an acronym ("Internet", "LGBT"). (A name of several words or a coined one such as a band's or
    // a company's the document failed to register is more likely a body than a qualifier.)
    private bool IsQualifierOfOffice(string owner)
    {
        var known = registry.Find(owner)?.Resolve();
        if (known is not null && !known.Discarded)
        {
            return known.Kind == EntityKind.Person;
        }

        if (PersonByPartOfName(owner) is not null)
        {
            return true;
        }

        return owner.IndexOf(' ') < 0 && !NameForms.IsCountryOrDemonym(owner) && !gazetteer.TryFind(owner, out _)
            && !Lexicon.PartyAdjectives.Contains(owner) && !Gazetteer.OrganizationLexicon.Contains(owner)
            && (Gazetteer.EnglishWords.IsOrdinaryWord(owner) || NameForms.IsAllCaps(owner));
    }
}
