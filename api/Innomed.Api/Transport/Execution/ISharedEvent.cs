namespace Innomed.Api.Transport.Execution;

/// <summary>
/// A subscription event that wraps one published change: every subscriber of the change gets a
/// wrapper around the same <see cref="Change"/> instance. <see cref="SharedEventExecutionStrategy"/>
/// executes a selection once per change for identical subscriptions of the same caller.
/// </summary>
public interface ISharedEvent
{
    /// <summary>The published object, compared by reference (a replayed event is a new instance: never shared).</summary>
    object Change { get; }
}
