namespace FactsGenerator.Extraction.Entities;

/// <summary>Names the document introduces as people, which a statement they issue does not make bodies.</summary>
internal sealed partial class DocumentEntityReader
{
    // "bank chief Ravi Menon", "driver Tomas Vell": a name of two words or more written right after a role or a noun
    // for a person somewhere in the document is that person's, so "Ravi Menon said in a statement" later is the person
    // speaking. A name with a body's head or a company's ending ("spokesman Velm Dynamics" is no one), or one the list
    // of well-known bodies holds, keeps its other readings.
    private bool IsIntroducedPersonName(NameChunk chunk) =>
        chunk.SpacedWordCount >= 2 && evidence.IsIntroducedAsPerson(chunk.Text) && !HasOrganizationHead(chunk)
        && !Lexicon.CompanyEndings.Contains(chunk.Tokens[chunk.Last].Text) && !Gazetteer.OrganizationLexicon.Contains(chunk.Text);
}
