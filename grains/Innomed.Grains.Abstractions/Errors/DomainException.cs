namespace Innomed.Grains.Errors;

/// <summary>
/// Base of every error Innomed raises on purpose. <see cref="Code"/> is the GraphQL
/// <c>extensions.code</c> the gateway maps it to; messages never hold patient data.
/// </summary>
[GenerateSerializer, Alias("innomed.domain-error")]
public abstract class DomainException : Exception
{
    protected DomainException(string message) : base(message) { }

    public abstract string Code { get; }
}
