using Innomed.Grains.Availability;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Tests.Cluster;

namespace Innomed.Grains.Tests.Availability;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class BookingTests(ClusterFixture fixture)
{
    /// <summary>Every day: open slots 06:00–18:00, slots reserved for urgent GP referrals 18:00–20:00 (Paris).</summary>
    private static readonly AvailabilityBlock[] EveryDay = Enum.GetValues<DayOfWeek>()
        .SelectMany(d => new[]
        {
            new AvailabilityBlock(d, new TimeOnly(6, 0), new TimeOnly(18, 0), 30),
            new AvailabilityBlock(d, new TimeOnly(18, 0), new TimeOnly(20, 0), 30, ReservedForUrgent: true),
        }).ToArray();

    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task Given_OneFreeSlot_When_100StepsTryToBookItAtOnce_Then_ExactlyOneWinsAndTheOthersAreToldItIsTaken()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = await PublishedAsync(net);
        var slot = (await FreeSlotsAsync(calendar)).First(s => !s.ReservedForUrgent);

        var attempts = Enumerable.Range(0, 100).Select(_ => Capture(calendar.BookAsync(new BookingRequest
        {
            JourneyId = Guid.NewGuid(), StepId = Guid.NewGuid(), Start = slot.Start, Actor = net.Gp,
        }))).ToArray();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.Booking is not null).ShouldBe(1);
        results.Where(r => r.Error is not null).Select(r => (r.Error as SlotUnavailableException)?.Reason).ShouldAllBe(reason => reason == "TAKEN");
        results.Count(r => r.Error is not null).ShouldBe(99);
        (await FreeSlotsAsync(calendar)).ShouldNotContain(s => s.Start == slot.Start);
        var winner = results.Single(r => r.Booking is not null).Booking!;
        (await calendar.GetBookingsAsync(slot.Start, slot.End)).Single().StepId.ShouldBe(winner.StepId);
    }

    [Fact]
    public async Task Given_100ReferralsInDifferentJourneys_When_TheirGpsBookTheSameSlotAtOnce_Then_OneStepIsScheduledAndTheOthersAreUnchanged()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = await PublishedAsync(net);
        var slot = (await FreeSlotsAsync(calendar)).First(s => !s.ReservedForUrgent);
        var referrals = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => ReferralAsync(net)));

        var results = await Task.WhenAll(referrals.Select(r => Capture(r.Journey.BookStepAsync(r.StepId, slot.Start, net.Gp))));

        results.Count(r => r.Booking is not null).ShouldBe(1);
        results.Where(r => r.Error is not null).Select(r => r.Error!.GetType()).ShouldAllBe(t => t == typeof(SlotUnavailableException));
        var steps = await Task.WhenAll(referrals.Select(async r => (await r.Journey.GetAsync())!.FindStep(r.StepId)!));
        steps.Count(s => s.Status == StepStatus.Scheduled).ShouldBe(1);
        steps.Count(s => s.Status == StepStatus.Requested && s.Slot is null).ShouldBe(99);
        steps.Single(s => s.Status == StepStatus.Scheduled).Slot.ShouldBe(new Slot(slot.Start, slot.End));
    }

    [Fact]
    public async Task Given_ARequestedReferral_When_TheGpBooksASlot_Then_TheStepIsScheduledAndTheJourneyInSpecialistCare()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = await PublishedAsync(net);
        var slot = (await FreeSlotsAsync(calendar)).First(s => !s.ReservedForUrgent);
        var (journey, stepId) = await ReferralAsync(net);

        var outcome = await journey.BookStepAsync(stepId, slot.Start, net.Gp);

        outcome.Step.Status.ShouldBe(StepStatus.Scheduled);
        outcome.Step.Slot.ShouldBe(new Slot(slot.Start, slot.End));
        outcome.Journey.Stage.ShouldBe(JourneyStage.SpecialistCare);
        (await journey.GetEventsAsync(0, 100)).Events[^1].Type.ShouldBe(JourneyEventType.StepStatusChanged);
        // A retry of the same booking is idempotent at the calendar, and the step stays where it is.
        (await journey.BookStepAsync(stepId, slot.Start, net.Gp)).Step.Slot!.Start.ShouldBe(slot.Start);
        (await calendar.GetBookingsAsync(slot.Start, slot.End)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Given_AScheduledStep_When_Rescheduled_Then_TheOldSlotIsFreeAgain()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = await PublishedAsync(net);
        var free = (await FreeSlotsAsync(calendar)).Where(s => !s.ReservedForUrgent).ToArray();
        var (journey, stepId) = await ReferralAsync(net);
        await journey.BookStepAsync(stepId, free[0].Start, net.Gp);

        var moved = await journey.BookStepAsync(stepId, free[1].Start, net.Specialist);

        moved.Step.Slot!.Start.ShouldBe(free[1].Start);
        var now = await FreeSlotsAsync(calendar);
        now.ShouldContain(s => s.Start == free[0].Start);
        now.ShouldNotContain(s => s.Start == free[1].Start);
    }

    [Fact]
    public async Task Given_AScheduledStep_When_TheBookingIsCancelledOrTheStepCancelled_Then_TheSlotIsFreed()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = await PublishedAsync(net);
        var free = (await FreeSlotsAsync(calendar)).Where(s => !s.ReservedForUrgent).ToArray();
        var (journey, first) = await ReferralAsync(net);
        await journey.BookStepAsync(first, free[0].Start, net.Gp);

        var unscheduled = await journey.UpdateStepAsync(
            new StepUpdate { StepId = first, Action = StepAction.Unschedule, Reason = "patient unavailable" }, net.Gp);

        unscheduled.Step.Status.ShouldBe(StepStatus.Accepted);
        unscheduled.Step.Slot.ShouldBeNull();
        (await FreeSlotsAsync(calendar)).ShouldContain(s => s.Start == free[0].Start);

        await journey.BookStepAsync(first, free[2].Start, net.Gp);
        await journey.UpdateStepAsync(new StepUpdate { StepId = first, Action = StepAction.Cancel, Reason = "better" }, net.Gp);
        (await FreeSlotsAsync(calendar)).ShouldContain(s => s.Start == free[2].Start);
    }

    [Fact]
    public async Task Given_ASlotReservedForUrgentReferrals_When_BookedForARoutineOneOrByTheSpecialist_Then_RefusedAndOnlyAnUrgentGpReferralGetsIt()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = await PublishedAsync(net);
        var reserved = (await FreeSlotsAsync(calendar)).First(s => s.ReservedForUrgent);
        var (routineJourney, routine) = await ReferralAsync(net);
        var (urgentJourney, urgent) = await ReferralAsync(net, Priority.Urgent);

        (await Should.ThrowAsync<SlotUnavailableException>(() => routineJourney.BookStepAsync(routine, reserved.Start, net.Gp)))
            .Reason.ShouldBe("RESERVED");
        (await Should.ThrowAsync<SlotUnavailableException>(() => urgentJourney.BookStepAsync(urgent, reserved.Start, net.Specialist)))
            .Reason.ShouldBe("RESERVED");
        (await routineJourney.GetAsync())!.FindStep(routine)!.Status.ShouldBe(StepStatus.Requested);

        var booked = await urgentJourney.BookStepAsync(urgent, reserved.Start, net.Gp);
        booked.Step.Status.ShouldBe(StepStatus.Scheduled);
    }

    [Fact]
    public async Task Given_BadBookings_When_Attempted_Then_TypedRefusalsAndNothingChanges()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = await PublishedAsync(net);
        var slot = (await FreeSlotsAsync(calendar)).First(s => !s.ReservedForUrgent);
        var (journey, stepId) = await ReferralAsync(net);
        var before = (await journey.GetAsync())!.Version;

        (await Should.ThrowAsync<SlotUnavailableException>(() => journey.BookStepAsync(stepId, slot.Start.AddMinutes(7), net.Gp)))
            .Reason.ShouldBe("NOT_OFFERED");
        (await Should.ThrowAsync<SlotUnavailableException>(() => journey.BookStepAsync(stepId, slot.Start.AddDays(-3), net.Gp)))
            .Reason.ShouldBe("PAST");
        await Should.ThrowAsync<ForbiddenException>(() => journey.BookStepAsync(stepId, slot.Start, new Actor(net.OtherGpId, ActorRole.Gp)));
        await Should.ThrowAsync<NotFoundException>(() => journey.BookStepAsync(Guid.NewGuid(), slot.Start, net.Gp));

        (await journey.GetAsync())!.Version.ShouldBe(before);
        (await FreeSlotsAsync(calendar)).ShouldContain(s => s.Start == slot.Start);
    }

    [Fact]
    public async Task Given_ACalendar_When_SomeoneElseEditsIt_Then_ForbiddenAndAnExceptionClosesADay()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = await PublishedAsync(net);
        await Should.ThrowAsync<ForbiddenException>(() => calendar.SetWeeklyTemplateAsync("Europe/Paris", [], net.Gp));

        var tomorrow = DateOnly.FromDateTime(LocalTime.ToLocal(SharedClock.Instance.GetUtcNow(), "Europe/Paris").DateTime).AddDays(1);
        var closed = await calendar.AddExceptionAsync(new AvailabilityOverride { Date = tomorrow, Kind = AvailabilityOverrideKind.Closed, Note = "congrès" }, net.Specialist);

        var slots = await FreeSlotsAsync(calendar);
        slots.ShouldNotContain(s => DateOnly.FromDateTime(LocalTime.ToLocal(s.Start, "Europe/Paris").DateTime) == tomorrow);
        await calendar.RemoveExceptionAsync(closed.Exceptions.Single().Id, net.Specialist);
        (await FreeSlotsAsync(calendar)).ShouldContain(s => DateOnly.FromDateTime(LocalTime.ToLocal(s.Start, "Europe/Paris").DateTime) == tomorrow);
    }

    [Fact]
    public async Task Given_APublishedCalendar_When_SearchingTheNextFreeSlot_Then_ReservedSlotsCountOnlyWhenAsked()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var calendar = Grains.GetGrain<ICalendarGrain>(Calendars.Key(Performer.Practitioner(net.SpecialistId)));
        (await calendar.FindNextFreeAsync(true, TimeSpan.FromDays(2))).ShouldBeNull(); // nothing published yet
        var onlyReserved = Enum.GetValues<DayOfWeek>()
            .Select(d => new AvailabilityBlock(d, new TimeOnly(18, 0), new TimeOnly(20, 0), 30, ReservedForUrgent: true)).ToArray();
        await calendar.SetWeeklyTemplateAsync("Europe/Paris", onlyReserved, net.Specialist);

        (await calendar.FindNextFreeAsync(false, TimeSpan.FromDays(2))).ShouldBeNull();
        var next = await calendar.FindNextFreeAsync(true, TimeSpan.FromDays(2));
        next.ShouldNotBeNull();
        next.ReservedForUrgent.ShouldBeTrue();
        next.Start.ShouldBeGreaterThanOrEqualTo(SharedClock.Instance.GetUtcNow());
    }

    private async Task<ICalendarGrain> PublishedAsync(CareNetwork net)
    {
        var calendar = Grains.GetGrain<ICalendarGrain>(Calendars.Key(Performer.Practitioner(net.SpecialistId)));
        await calendar.SetWeeklyTemplateAsync("Europe/Paris", EveryDay, net.Specialist);
        return calendar;
    }

    /// <summary>Free slots of the next three days from the shared clock's now (other tests may move it).</summary>
    private static async Task<IReadOnlyList<CalendarSlot>> FreeSlotsAsync(ICalendarGrain calendar)
    {
        var now = SharedClock.Instance.GetUtcNow();
        return await calendar.GetSlotsAsync(now.AddHours(1), now.AddDays(3), includeTaken: false);
    }

    private async Task<(IJourneyGrain Journey, Guid StepId)> ReferralAsync(CareNetwork net, Priority priority = Priority.Routine)
    {
        var journey = Grains.GetGrain<IJourneyGrain>(Guid.NewGuid());
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.SemiUrgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        var outcome = await journey.AddStepAsync(new StepRequest
        {
            Performer = Performer.Practitioner(net.SpecialistId), Reason = "Palpitations", Priority = priority,
        }, net.Gp);
        return (journey, outcome.StepId);
    }

    private static async Task<(Booking? Booking, Exception? Error)> Capture<T>(Task<T> task)
    {
        try
        {
            var result = await task;
            return (result as Booking ?? new Booking
            {
                Start = default, End = default, JourneyId = Guid.Empty, StepId = Guid.Empty, BookedBy = "", BookedAt = default,
            }, null);
        }
        catch (Exception ex)
        {
            return (null, ex);
        }
    }
}
