namespace Innomed.Grains.Errors;

/// <summary>An unknown journey, step, practitioner, unit or territory.</summary>
[GenerateSerializer, Alias("innomed.not-found")]
public sealed class NotFoundException : DomainException
{
    public NotFoundException(string entity, string id) : base($"{entity} '{id}' was not found.")
    {
        Entity = entity;
        EntityId = id;
    }

    [Id(0)] public string Entity { get; }
    [Id(1)] public string EntityId { get; }

    public override string Code => "NOT_FOUND";
}
