using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"Director of Public Prosecutions X", "Chief of Defence Staff X": a capitalised office whose field after "of"
/// is the work it does (a plural abstract noun) or the staff a chief heads, named by its branch, keeps the whole office,
/// as "Director of National Intelligence" does; a field ending in another word ("Public Works") or a name is a body.</summary>
public class OfficeFieldOfWorkTests
{
    [Theory]
    [InlineData("Director of Public Prosecutions Ana Ruiz decided to bring charges.", "director of public prosecutions")]
    [InlineData("Commissioner of Elections Ana Ruiz said the count was over.", "commissioner of elections")]
    [InlineData("Chief of Defence Staff Ana Ruiz said the army was ready.", "chief of defence staff")]
    [InlineData("Chief of Army Staff Ana Ruiz said the army was ready.", "chief of army staff")]
    [InlineData("The Chief of Defence Staff, Ana Ruiz, said the army was ready.", "chief of defence staff")]
    public void TheWholeOfficeIsTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Ana Ruiz").Role);
    }

    [Theory]
    [InlineData("Director of Public Works Ana Ruiz said the road would reopen.")]
    [InlineData("Director of Velm Communications Ana Ruiz said the line was down.")]
    public void AFieldThatIsNoWorkGivesTheBareOffice(string text)
    {
        Assert.Equal("director", Extract.Person(Extract.From(text), "Ana Ruiz").Role);
    }
}
