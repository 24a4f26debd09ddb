namespace FactsGenerator.Extraction.Entities;

/// <summary>A candidate's campaign, named by the candidate, is a body.</summary>
internal sealed partial class DocumentEntityReader
{
    // "the Okafor campaign said", "an aide to the Lena Brandt campaign": a campaign named after a person of the
    // document speaks and employs staff as a body does. Only "the" before the name is read: "Okafor's campaign" and
    // "Okafor campaign rallies" describe what the person does.
    private void AddCampaignsNamedByCandidates()
    {
        foreach (var (_, chunks) in sentences)
        {
            foreach (var chunk in chunks)
            {
                if (chunk.InsideQuote || chunk.Before() is not { } article || !article.Is("the")
                    || chunk.After() is not { } campaign || !campaign.Is("campaign") || !IsCandidate(chunk))
                {
                    continue;
                }

                var name = chunk.Text + " " + campaign.Text;
                Add(EntityKind.Organization, name, new NameChunk(chunk.Sentence, chunk.First, chunk.Last + 1, name, chunk.InsideQuote));
            }
        }
    }

    private bool IsCandidate(NameChunk chunk)
    {
        var record = registry.Find(chunk.Text) ?? (chunk.SpacedWordCount == 1 ? PersonByPartOfName(chunk.Text) : null);
        return record is not null && record.Kind == EntityKind.Person;
    }
}
