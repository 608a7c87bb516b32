using Innomed.Grains.Availability;
using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Grains.Availability;

/// <summary>
/// One performer's slots. Orleans runs one call at a time per grain, so checking that a slot is
/// free and taking it cannot interleave with another booking: that is the whole of the atomicity.
/// A booking is written to storage before it is acknowledged.
/// </summary>
public sealed class CalendarGrain : Grain, ICalendarGrain
{
    private static readonly TimeSpan MaxRange = TimeSpan.FromDays(31);
    private static readonly TimeSpan SearchHorizon = TimeSpan.FromDays(60);
    private static readonly TimeSpan KeepPastBookings = TimeSpan.FromDays(30);
    private readonly IPersistentState<CalendarState> _state;
    private readonly TimeProvider _clock;

    public CalendarGrain(
        [PersistentState("calendar", GrainServices.Storage)] IPersistentState<CalendarState> state,
        [FromKeyedServices(GrainServices.ClockKey)] TimeProvider clock)
    {
        _state = state;
        _clock = clock;
    }

    private CalendarState S => _state.State;
    private Performer Owner => Calendars.PerformerOf(this.GetPrimaryKeyString());

    public Task<WeeklyAvailability> GetAvailabilityAsync() => Task.FromResult(S.Availability);

    public async Task<WeeklyAvailability> SetWeeklyTemplateAsync(string timeZone, IReadOnlyList<AvailabilityBlock> blocks, Actor actor)
    {
        EnsureOwner(actor);
        AvailabilityValidation.Template(timeZone, blocks);
        await EnsurePerformerExistsAsync();
        return await WriteAsync(S.Availability with { TimeZone = timeZone, Blocks = blocks.ToArray() });
    }

    public async Task<WeeklyAvailability> AddExceptionAsync(AvailabilityOverride exception, Actor actor)
    {
        EnsureOwner(actor);
        var today = DateOnly.FromDateTime(LocalTime.ToLocal(_clock.GetUtcNow(), S.Availability.TimeZone).DateTime);
        AvailabilityValidation.Exception(exception, today);
        var kept = S.Availability.Exceptions.Where(e => e.Date >= today).ToList(); // past ones no longer matter
        if (kept.Count >= AvailabilityValidation.MaxExceptions)
            throw new InvalidInputException("date", $"At most {AvailabilityValidation.MaxExceptions} exceptions ahead.");
        await EnsurePerformerExistsAsync();
        kept.Add(exception with { Id = exception.Id == Guid.Empty ? Guid.CreateVersion7() : exception.Id });
        return await WriteAsync(S.Availability with { Exceptions = kept.OrderBy(e => e.Date).ThenBy(e => e.Start).ToArray() });
    }

    public async Task<WeeklyAvailability> RemoveExceptionAsync(Guid exceptionId, Actor actor)
    {
        EnsureOwner(actor);
        if (S.Availability.Exceptions.All(e => e.Id != exceptionId))
            throw new NotFoundException("AvailabilityException", exceptionId.ToString());
        return await WriteAsync(S.Availability with { Exceptions = S.Availability.Exceptions.Where(e => e.Id != exceptionId).ToArray() });
    }

    public Task<IReadOnlyList<CalendarSlot>> GetSlotsAsync(DateTimeOffset from, DateTimeOffset to, bool includeTaken)
    {
        if (to <= from) throw new InvalidInputException("to", "The end of the range must come after its start.");
        if (to - from > MaxRange) throw new InvalidInputException("to", "At most 31 days at a time.");
        var now = _clock.GetUtcNow();
        IReadOnlyList<CalendarSlot> slots = SlotGenerator.Expand(S.Availability, from < now ? now : from, to)
            .Select(s => new CalendarSlot(s.Start, s.End, s.Reserved, !S.Bookings.ContainsKey(s.Start)))
            .Where(s => includeTaken || s.Free)
            .ToArray();
        return Task.FromResult(slots);
    }

    public Task<CalendarSlot?> FindNextFreeAsync(bool includeReserved, TimeSpan within)
    {
        if (S.Availability.Blocks.Count == 0 && S.Availability.Exceptions.Count == 0) return Task.FromResult<CalendarSlot?>(null);
        var now = _clock.GetUtcNow();
        var until = now + (within < SearchHorizon ? within : SearchHorizon);
        // A week at a time keeps the expansion small in the common case (a slot within days).
        for (var from = now; from < until; from += TimeSpan.FromDays(7))
        {
            var to = from + TimeSpan.FromDays(7);
            foreach (var s in SlotGenerator.Expand(S.Availability, from, to < until ? to : until))
                if ((includeReserved || !s.Reserved) && !S.Bookings.ContainsKey(s.Start))
                    return Task.FromResult<CalendarSlot?>(new CalendarSlot(s.Start, s.End, s.Reserved, true));
        }
        return Task.FromResult<CalendarSlot?>(null);
    }

    public async Task<Booking> BookAsync(BookingRequest request)
    {
        var now = _clock.GetUtcNow();
        if (S.Bookings.TryGetValue(request.Start, out var held))
        {
            if (held.JourneyId == request.JourneyId && held.StepId == request.StepId) return held; // a retry
            throw new SlotUnavailableException("TAKEN", "This slot has just been booked by someone else; pick another one.");
        }
        if (request.Start < now) throw new SlotUnavailableException("PAST", "This slot has already started.");
        var slot = SlotGenerator.Expand(S.Availability, request.Start, request.Start.AddTicks(1))
            .Select(s => ((DateTimeOffset, DateTimeOffset, bool)?)s).FirstOrDefault();
        if (slot is not { } offered)
            throw new SlotUnavailableException("NOT_OFFERED", "The calendar offers no slot starting at that time.");
        if (offered.Item3 && !request.ForUrgentReferral)
            throw new SlotUnavailableException("RESERVED", "This slot is reserved for urgent referrals booked by a GP.");

        var booking = new Booking
        {
            Start = offered.Item1, End = offered.Item2, JourneyId = request.JourneyId, StepId = request.StepId,
            BookedBy = request.Actor.Id, BookedAt = now, ReservedForUrgent = offered.Item3,
        };
        var expired = S.Bookings.Values.Where(b => b.End < now - KeepPastBookings).ToArray();
        await ChangeBookingsAsync(added: [booking], removed: expired);
        return booking;
    }

    public async Task ReleaseAsync(Guid journeyId, Guid stepId, DateTimeOffset? keep)
    {
        var held = S.Bookings.Where(b => b.Value.JourneyId == journeyId && b.Value.StepId == stepId && b.Key != keep)
            .Select(b => b.Value).ToArray();
        if (held.Length == 0) return;
        await ChangeBookingsAsync(added: [], removed: held);
    }

    public Task<IReadOnlyList<Booking>> GetBookingsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) throw new InvalidInputException("to", "The end of the range must come after its start.");
        if (to - from > MaxRange) throw new InvalidInputException("to", "At most 31 days at a time.");
        IReadOnlyList<Booking> bookings = S.Bookings.Values.Where(b => b.Start >= from && b.Start < to).OrderBy(b => b.Start).ToArray();
        return Task.FromResult(bookings);
    }

    /// <summary>Applies and persists a change; on a failed write memory goes back to what storage holds.</summary>
    private async Task ChangeBookingsAsync(IReadOnlyList<Booking> added, IReadOnlyList<Booking> removed)
    {
        foreach (var b in removed) S.Bookings.Remove(b.Start);
        foreach (var b in added) S.Bookings[b.Start] = b;
        S.Version++;
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            foreach (var b in added) S.Bookings.Remove(b.Start);
            foreach (var b in removed) S.Bookings[b.Start] = b;
            S.Version--;
            throw;
        }
    }

    private async Task<WeeklyAvailability> WriteAsync(WeeklyAvailability availability)
    {
        var before = S.Availability;
        S.Availability = availability;
        try
        {
            S.Version++;
            await _state.WriteStateAsync();
        }
        catch
        {
            S.Availability = before;
            S.Version--;
            throw;
        }
        return availability;
    }

    private void EnsureOwner(Actor actor)
    {
        if (!actor.IsPrivileged && !actor.Is(Owner))
            throw new ForbiddenException("Only the performer (or an administrator) publishes their availability.");
    }

    private async Task EnsurePerformerExistsAsync()
    {
        var owner = Owner;
        var exists = owner.Kind == PerformerKind.Practitioner
            ? await GrainFactory.Get<IPractitionerGrain>(owner.Id).GetProfileAsync() is not null
            : await GrainFactory.Get<IHospitalUnitGrain>(owner.Id).GetProfileAsync() is not null;
        if (!exists) throw new NotFoundException(owner.Kind == PerformerKind.Practitioner ? "Practitioner" : "HospitalUnit", owner.Id);
    }
}
