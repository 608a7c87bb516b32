using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>A territory with two GPs, a cardiologist and a cardiology unit, all under fresh keys.</summary>
internal sealed record CareNetwork(string TerritoryId, string GpId, string OtherGpId, string SpecialistId, string UnitId)
{
    public static readonly PatientIdentity Patient = new("Durand", "Louise", new DateOnly(1962, 5, 14));

    public Actor Gp => new(GpId, ActorRole.Gp);
    public Actor Specialist => new(SpecialistId, ActorRole.Specialist);
    public Actor UnitStaff => new($"staff-{UnitId}", ActorRole.HospitalStaff, UnitId);
    public Actor PatientActor { get; } = new($"patient-{Guid.NewGuid():N}", ActorRole.Patient);

    public static async Task<CareNetwork> RegisterAsync(IGrainFactory grains)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var network = new CareNetwork($"cpts-{suffix}", $"gp-{suffix}", $"gp2-{suffix}", $"spec-{suffix}", $"chu-{suffix}:cardio");
        await grains.GetGrain<ITerritoryGrain>(network.TerritoryId).RegisterAsync(
            // Open around the clock: these tests run at any hour (the window has its own tests).
            new TerritoryProfile { Id = network.TerritoryId, Name = "CPTS du Nord", Hours = new OpeningHours(TimeOnly.MinValue, TimeOnly.MinValue) });
        foreach (var (id, role) in new[]
                 {
                     (network.GpId, PractitionerRole.Gp), (network.OtherGpId, PractitionerRole.Gp),
                     (network.SpecialistId, PractitionerRole.Specialist),
                 })
        {
            await grains.GetGrain<IPractitionerGrain>(id).RegisterAsync(new PractitionerProfile
            {
                Id = id, FamilyName = "Martin", GivenName = "Claire", Role = role, TerritoryId = network.TerritoryId,
                Specialty = role == PractitionerRole.Specialist ? "cardiology" : null,
            });
        }
        await grains.GetGrain<IHospitalUnitGrain>(network.UnitId).RegisterAsync(new HospitalUnitProfile
        {
            Id = network.UnitId, HospitalId = $"chu-{suffix}", HospitalName = "CHU", Name = "Cardiologie",
            Kind = UnitKind.Conventional, TerritoryId = network.TerritoryId, Specialty = "cardiology",
        });
        return network;
    }
}
