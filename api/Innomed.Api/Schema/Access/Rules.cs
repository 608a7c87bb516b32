using GraphQL;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Access;

/// <summary>The access rules of the schema, in one file so they can be reviewed together.</summary>
public static class Rules
{
    /// <summary>Roles that care for patients (everyone but admins and the data-protection officer).</summary>
    public static readonly ActorRole[] Clinical =
    [
        ActorRole.Patient, ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff, ActorRole.Biologist,
        ActorRole.Radiologist, ActorRole.Regulator,
    ];

    public static readonly ActorRole[] Professionals =
    [
        ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff, ActorRole.Biologist, ActorRole.Radiologist,
        ActorRole.Regulator, ActorRole.Admin,
    ];

    /// <summary>The system passes every rule; any other actor needs one of the roles.</summary>
    public static AccessRule Roles(params ActorRole[] roles) =>
        (actor, _) => actor.Role == ActorRole.System || roles.Contains(actor.Role);

    public static readonly AccessRule AnyoneSignedIn = (_, _) => true;

    /// <summary>The practitioner named by the argument (or the parent practitioner) is the caller.</summary>
    public static AccessRule Self(Func<IResolveFieldContext, string?> practitionerId) =>
        (actor, c) => actor.Role == ActorRole.System || (actor.Role != ActorRole.Patient && practitionerId(c) == actor.Id);

    /// <summary>The caller works in the unit named by the argument (or the parent unit).</summary>
    public static AccessRule StaffOf(Func<IResolveFieldContext, string?> unitId) =>
        (actor, c) => actor.Role == ActorRole.System || (actor.UnitId is { } unit && unitId(c) == unit);

    /// <summary>A GP of the territory named by the argument (or the parent territory).</summary>
    public static AccessRule GpOf(Func<IResolveFieldContext, string?> territoryId) =>
        (actor, c) => actor.Role == ActorRole.System || (actor.Role == ActorRole.Gp && territoryId(c) == actor.TerritoryId);

    /// <summary>The SAMU regulator (of that territory when their token names one).</summary>
    public static AccessRule RegulatorOf(Func<IResolveFieldContext, string?> territoryId) =>
        (actor, c) => actor.Role == ActorRole.System
            || (actor.Role == ActorRole.Regulator && (actor.TerritoryId is null || territoryId(c) == actor.TerritoryId));

    /// <summary>The performer named by the input is the caller (or their unit); admins too.</summary>
    public static AccessRule PerformerSelf(Func<IResolveFieldContext, Inputs.PerformerInput?> performer) =>
        (actor, c) => actor.Role is ActorRole.System or ActorRole.Admin || performer(c) switch
        {
            { PractitionerId: { } id, UnitId: null } => actor.Role != ActorRole.Patient && id == actor.Id,
            { PractitionerId: null, UnitId: { } unit } => unit == actor.UnitId,
            _ => false,
        };

    /// <summary>
    /// Aggregate epidemiology of a territory (suppressed counts, no patient): its GPs, its regulator, admins.
    /// </summary>
    public static AccessRule EpidemiologyOf(Func<IResolveFieldContext, string?> territoryId) =>
        Any(Roles(ActorRole.Admin), GpOf(territoryId), RegulatorOf(territoryId));

    public static AccessRule Any(params AccessRule[] rules) => (actor, c) => rules.Any(r => r(actor, c));
}
