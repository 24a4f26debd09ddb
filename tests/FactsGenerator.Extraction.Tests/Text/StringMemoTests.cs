using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.Text;

public class StringMemoTests
{
    [Fact]
    public void AnswersTheSameStringAskedTwiceInARowWithoutComputingAgain()
    {
        var computed = 0;
        var memo = new StringMemo<int>(value => { computed++; return value.Length; });
        var word = "harbour";
        Assert.Equal(7, memo.Get(word));
        Assert.Equal(7, memo.Get(word));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void AnswersAnEqualStringOfAnotherInstanceFromTheTable()
    {
        var computed = 0;
        var memo = new StringMemo<string>(value => { computed++; return value.ToUpperInvariant(); });
        var first = new string("quay".ToCharArray());
        var second = new string("quay".ToCharArray());
        Assert.NotSame(first, second);
        Assert.Equal("QUAY", memo.Get(first));
        Assert.Equal("BRIDGE", memo.Get("bridge"));
        Assert.Equal("QUAY", memo.Get(second));
        Assert.Equal(2, computed);
    }

    [Fact]
    public void GivesTheAnswerOfTheStringAskedNotOfTheOneBefore()
    {
        var memo = new StringMemo<bool>(value => value.StartsWith("P", System.StringComparison.Ordinal));
        Assert.True(memo.Get("Port"));
        Assert.False(memo.Get("ferry"));
        Assert.True(memo.Get("Pier"));
        Assert.False(memo.Get("ferry"));
    }

    [Fact]
    public void EmptiesItsTableAtItsLimitAndStillAnswersRight()
    {
        var computed = 0;
        var memo = new StringMemo<int>(value => { computed++; return value.Length; });
        for (var i = 0; i < StringMemo<int>.Limit; i++)
        {
            memo.Get("quay" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(5, memo.Get("quay0"));
        Assert.Equal(StringMemo<int>.Limit, computed);

        // The table is full: the next new string empties it, so the first string asked is computed again, rightly.
        Assert.Equal(6, memo.Get("harbor"));
        Assert.Equal(5, memo.Get("quay0"));
        Assert.Equal(StringMemo<int>.Limit + 2, computed);
    }
}
