namespace Innomed.Grains.Errors;

/// <summary>The actor may not do this (not the performer, not the requester, not a GP...).</summary>
[GenerateSerializer, Alias("innomed.forbidden")]
public sealed class ForbiddenException : DomainException
{
    public ForbiddenException(string message) : base(message) { }

    public override string Code => "FORBIDDEN";
}
