using Innomed.Grains.Availability;
using Innomed.Grains.Capacity;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Silo.Demo;

/// <summary>
/// Seeds territory <c>demo</c> once: 10 GPs, specialists, a regulator, two hospitals with
/// ER/ICU/USI/conventional units, a lab and a radiology centre, and a few journeys in flight.
/// Runs after the silo has started (hosted services start in registration order).
/// </summary>
public sealed class DemoDataSeeder(IGrainFactory grains, IConfiguration configuration, ILogger<DemoDataSeeder> logger, IServiceProvider services)
    : IHostedService
{
    public const string Territory = "demo";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var territory = grains.GetGrain<ITerritoryGrain>(Territory);
        if (await territory.GetProfileAsync() is not null) return;

        // Open around the clock while the demo patients start their journeys (the demo may be seeded at
        // night); the configured window applies once seeding is done.
        var profile = new TerritoryProfile
        {
            Id = Territory, Name = "CPTS Démo Val-de-Seine", Region = "Île-de-France",
            OnCall = new Contact("+33 1 00 00 00 15", "garde@cpts-demo.fr", "https://visio.cpts-demo.fr/garde", "GP on call"),
            Hours = AroundTheClock,
        };
        await territory.RegisterAsync(profile);
        foreach (var p in DemoDirectory.Practitioners) await grains.GetGrain<IPractitionerGrain>(p.Id).RegisterAsync(p);
        foreach (var (unit, capacity) in DemoDirectory.Units)
        {
            var grain = grains.GetGrain<IHospitalUnitGrain>(unit.Id);
            await grain.RegisterAsync(unit);
            await grain.UpdateCapacityAsync(DemoHistory.WithBeds(unit, capacity));
        }
        foreach (var (performer, blocks) in DemoDirectory.Calendars)
            await grains.GetGrain<ICalendarGrain>(Calendars.Key(performer)).SetWeeklyTemplateAsync("Europe/Paris", blocks, Actor.System);
        // History first: the demo journeys' triages land on today, after the seeded days.
        await DemoHistory.SeedCapacityAsync(services.GetRequiredService<ICapacityHistoryStore>(), DemoDirectory.Units,
            DateTimeOffset.UtcNow, cancellationToken);
        await DemoHistory.SeedEpidemiologyAsync(grains, Territory, DemoHistory.Today(DateTimeOffset.UtcNow));
        await SeedJourneysAsync();
        await territory.RegisterAsync(profile with { Hours = Hours(configuration["Innomed:Demo:OpeningHours"]) });
        await territory.SetOnCallAsync(DemoDirectory.OnCallGp);
        logger.LogInformation("Demo territory seeded");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static readonly OpeningHours AroundTheClock = new(TimeOnly.MinValue, TimeOnly.MinValue);

    /// <summary>"08:00-22:00" (the default); "00:00-00:00" keeps the demo open around the clock.</summary>
    private static OpeningHours Hours(string? text)
    {
        var parts = (text ?? "08:00-22:00").Split('-', 2);
        return parts.Length == 2 && TimeOnly.TryParse(parts[0], out var opens) && TimeOnly.TryParse(parts[1], out var closes)
            ? new OpeningHours(opens, closes)
            : throw new InvalidOperationException("Innomed:Demo:OpeningHours must look like 08:00-22:00.");
    }

    private async Task SeedJourneysAsync()
    {
        var system = Actor.System;
        // Each seeded journey belongs to a demo patient user, so signing in as them shows it.
        Actor Patient(int n) => new($"patient-demo-{n}", ActorRole.Patient, TerritoryId: Territory);
        var waiting = grains.GetGrain<IJourneyGrain>(Guid.CreateVersion7());
        await waiting.StartAsync(new PatientIdentity("Martin", "Louise", new DateOnly(1958, 3, 14), "F"), Territory, Patient(1));
        await waiting.SubmitTriageAsync(new TriageSubmission
        {
            Answers = [new("reason", "Toux et fièvre depuis 3 jours"), new("temperature", "38.9"), new("pain", "3")],
        }, Patient(1));

        var referred = grains.GetGrain<IJourneyGrain>(Guid.CreateVersion7());
        await referred.StartAsync(new PatientIdentity("Bernard", "Hugo", new DateOnly(1971, 9, 2), "M"), Territory, Patient(2));
        await referred.SubmitTriageAsync(new TriageSubmission
        {
            Answers = [new("reason", "Palpitations à l'effort"), new("temperature", "36.8"), new("pain", "2")],
        }, Patient(2));
        await referred.TakeChargeAsync(DemoDirectory.FirstGp, system);
        await referred.AddStepAsync(new StepRequest
        {
            Performer = Performer.Practitioner(DemoDirectory.Cardiologist), Reason = "Avis cardiologique: palpitations à l'effort",
            Priority = Priority.Urgent,
        }, system);

        var emergency = grains.GetGrain<IJourneyGrain>(Guid.CreateVersion7());
        await emergency.StartAsync(new PatientIdentity("Petit", "Claire", new DateOnly(1949, 12, 1), "F"), Territory, Patient(3));
        await emergency.SubmitTriageAsync(new TriageSubmission
        {
            Answers = [new("reason", "Douleur thoracique"), new("chest_pain", "yes"), new("chest_sweating", "yes")],
        }, Patient(3));
    }
}
