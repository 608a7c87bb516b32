namespace Innomed.Grains.Journeys;

public enum PerformerKind
{
    Practitioner,
    Unit,
}
