using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"X (pictured), president of Y, said": a caption note in brackets after the name hides no apposition.</summary>
public class PictureNoteTests
{
    [Theory]
    [InlineData("Lena Brandt (pictured), president of the Velm Nurses Union, said the deal was fair.", "president")]
    [InlineData("Lena Brandt (left), a spokeswoman for the Velm Nurses Union, said the deal was fair.", "spokeswoman")]
    public void TheAppositionAfterTheNoteIsRead(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Lena Brandt").Role);
    }

    [Fact]
    public void AnyOtherBracketedWordStillEndsTheName()
    {
        // "(retired)" is no caption note: the apposition after it is not read through it.
        var facts = Extract.From("Lena Brandt (retired), president of the Velm Nurses Union, said the deal was fair.");
        Assert.Null(Extract.Person(facts, "Lena Brandt").Role);
    }
}
