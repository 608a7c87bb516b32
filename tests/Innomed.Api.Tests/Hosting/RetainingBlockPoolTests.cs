using System.Buffers;
using Innomed.Api.Hosting;

namespace Innomed.Api.Tests.Hosting;

/// <summary>Kestrel's buffers stay pooled between bursts and are released only after going unused.</summary>
public sealed class RetainingBlockPoolTests
{
    [Fact]
    public void Given_AReturnedBlock_When_RentingAgain_Then_TheSameMemoryComesBack()
    {
        using var pool = new RetainingBlockPool();
        var first = pool.Rent();
        var memory = first.Memory;
        first.Dispose();

        using var second = pool.Rent();

        second.Memory.Length.ShouldBe(RetainingBlockPool.BlockSize);
        second.Memory.Equals(memory).ShouldBeTrue();
        pool.Idle.ShouldBe(0);
    }

    [Fact]
    public void Given_MoreThanABlock_When_Rented_Then_Refused()
    {
        using var pool = new RetainingBlockPool();

        Should.Throw<ArgumentOutOfRangeException>(() => pool.Rent(RetainingBlockPool.BlockSize + 1));
    }

    [Fact]
    public void Given_ABurstThenQuiet_When_Trimmed_Then_HalfOfTheUnusedBlocksGoEachTime()
    {
        using var pool = new RetainingBlockPool();
        Burst(pool, 100);
        pool.Trim(); // ends the burst's period: the low-water mark was 0, nothing goes
        pool.Idle.ShouldBe(100);

        pool.Trim(); // a quiet period: all 100 stayed idle, half go
        pool.Idle.ShouldBe(50);
        pool.Trim();
        pool.Idle.ShouldBe(25);
    }

    [Fact]
    public void Given_BlocksInUseDuringAPeriod_When_Trimmed_Then_OnlyTheNeverRentedOnesCount()
    {
        using var pool = new RetainingBlockPool();
        Burst(pool, 100);
        pool.Trim();

        Burst(pool, 80); // 20 stayed idle all period

        pool.Trim();
        pool.Idle.ShouldBe(90);
    }

    private static void Burst(RetainingBlockPool pool, int blocks)
    {
        var rented = Enumerable.Range(0, blocks).Select(_ => pool.Rent()).ToList();
        foreach (var block in rented) block.Dispose();
    }
}
