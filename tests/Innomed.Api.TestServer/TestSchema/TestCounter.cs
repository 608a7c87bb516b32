namespace Innomed.Api.TestServer.TestSchema;

/// <summary>State changed by the test mutation.</summary>
public sealed class TestCounter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public int Add(int by) => Interlocked.Add(ref _value, by);
}
