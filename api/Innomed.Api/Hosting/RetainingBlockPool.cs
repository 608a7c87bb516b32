using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;

namespace Innomed.Api.Hosting;

/// <summary>
/// Kestrel's socket buffers, kept between bursts. Kestrel's own pool (.NET 10) gives its blocks back
/// to the GC after a few idle seconds; a change to thousands of subscribers then allocated thousands
/// of pinned 4 KiB blocks again (~90% of what it allocated) and set off a full background collection
/// in the middle of the delivery. Here blocks stay pooled as long as they are used at least every few
/// minutes: each minute, half of the blocks that were never rented during that minute are released.
/// Kestrel's pool is internal and no library offers a retaining one, hence this small one.
/// </summary>
public sealed class RetainingBlockPool : MemoryPool<byte>
{
    public const int BlockSize = 4096; // Kestrel's block size: its writers assume it

    private readonly ConcurrentQueue<Block> _idle = new();
    private readonly Timer? _trim;
    private int _idleCount;
    private int _lowWater; // fewest idle blocks seen since the last trim
    private volatile bool _disposed;

    public RetainingBlockPool(TimeSpan? trimInterval = null)
    {
        if (trimInterval is { } every && every > TimeSpan.Zero) _trim = new Timer(static p => ((RetainingBlockPool)p!).Trim(), this, every, every);
    }

    public override int MaxBufferSize => BlockSize;

    /// <summary>Blocks waiting in the pool.</summary>
    public int Idle => Volatile.Read(ref _idleCount);

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_idle.TryDequeue(out var block)) return new Block(this);
        var idle = Interlocked.Decrement(ref _idleCount);
        if (idle < Volatile.Read(ref _lowWater)) Volatile.Write(ref _lowWater, idle); // a race only makes a trim keep more
        return block;
    }

    /// <summary>Releases half of the blocks that stayed idle since the last trim.</summary>
    public void Trim()
    {
        var release = Volatile.Read(ref _lowWater) / 2;
        for (var i = 0; i < release && _idle.TryDequeue(out _); i++) Interlocked.Decrement(ref _idleCount);
        Volatile.Write(ref _lowWater, Volatile.Read(ref _idleCount));
    }

    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        _trim?.Dispose();
        _idle.Clear();
    }

    private void Return(Block block)
    {
        if (_disposed) return;
        _idle.Enqueue(block);
        Interlocked.Increment(ref _idleCount);
    }

    private sealed class Block(RetainingBlockPool pool) : IMemoryOwner<byte>
    {
        // Pinned for good, as Kestrel's: sockets read into and send from it without pinning per call.
        // Marked as pinned, Memory.Pin() takes no GC handle.
        public Memory<byte> Memory { get; } = MemoryMarshal.CreateFromPinnedArray(GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true), 0, BlockSize);

        public void Dispose() => pool.Return(this);
    }
}

/// <summary>Kestrel takes its pools from this factory (registered in place of its own).</summary>
public sealed class RetainingBlockPoolFactory : IMemoryPoolFactory<byte>
{
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new RetainingBlockPool(TimeSpan.FromMinutes(1));
}
