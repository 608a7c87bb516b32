namespace Innomed.Grains.Errors;

/// <summary>A command not permitted in the current stage or status. Nothing was changed.</summary>
[GenerateSerializer, Alias("innomed.invalid-transition")]
public sealed class InvalidTransitionException : DomainException
{
    public InvalidTransitionException(string currentState, IReadOnlyList<string> permitted, string message)
        : base(message)
    {
        CurrentState = currentState;
        Permitted = permitted;
    }

    /// <summary>The stage of the journey, or the status of the step, that refused the command.</summary>
    [Id(0)] public string CurrentState { get; }

    /// <summary>What would have been accepted instead.</summary>
    [Id(1)] public IReadOnlyList<string> Permitted { get; }

    public override string Code => "INVALID_TRANSITION";
}
