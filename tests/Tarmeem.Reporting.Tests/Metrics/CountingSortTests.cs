using Tarmeem.Reporting.Metrics;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class CountingSortTests
{
    [Theory]
    [InlineData(-5, 400)]
    [InlineData(0, 3)]
    [InlineData(int.MinValue, int.MaxValue - 1)]
    public void Sort_RandomValues_SameOrderAsAComparisonSort(int min, int max)
    {
        var random = new Random(20261202);
        var values = Enumerable.Range(0, 5_000).Select(_ => random.Next(min, max + 1)).ToArray();
        var expected = values.Order().ToArray();

        CountingSort.Sort(values);

        Assert.Equal(expected, values);
    }

    [Fact]
    public void Sort_OneValue_LeavesIt()
    {
        int[] values = [42];

        CountingSort.Sort(values);

        Assert.Equal([42], values);
    }
}
