namespace Innomed.Grains.Errors;

/// <summary>Input that is missing, malformed or out of range; names the offending field.</summary>
[GenerateSerializer, Alias("innomed.invalid-input")]
public sealed class InvalidInputException : DomainException
{
    public InvalidInputException(string field, string message) : base(message) => Field = field;

    [Id(0)] public string Field { get; }

    public override string Code => "BAD_USER_INPUT";
}
