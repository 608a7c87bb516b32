using System.Buffers;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>
/// A frame waiting to be sent: the first <see cref="Length"/> bytes of <see cref="Buffer"/>. The
/// <c>next</c> frames of a change go to every subscriber, so they are rented from the shared pool and
/// given back once sent (<see cref="Release"/>): one new array per subscriber per change was a quarter
/// of what a change to 10,000 subscribers allocated, and the collections it caused stopped delivery.
/// </summary>
internal readonly record struct OutgoingFrame(byte[] Buffer, int Length, bool Pooled)
{
    public static implicit operator OutgoingFrame(byte[] frame) => new(frame, frame.Length, false);

    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);

    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    public static OutgoingFrame Rent(int length) => new(ArrayPool<byte>.Shared.Rent(length), length, true);

    /// <summary>Once the socket has taken the bytes (sent, or never to be sent).</summary>
    public void Release()
    {
        if (Pooled) ArrayPool<byte>.Shared.Return(Buffer);
    }
}
