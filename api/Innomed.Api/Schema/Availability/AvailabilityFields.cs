using GraphQL.Types;
using GraphQL;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Inputs;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Availability;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Availability;

/// <summary>
/// Availability and booking: performers publish weekly templates and exceptions; professionals
/// see free slots; booking a step's slot schedules the step. Added to Query and Mutation from here
/// so the root types stay readable.
/// </summary>
public static class AvailabilityFields
{
    private static readonly ActorRole[] Booking =
        [ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff, ActorRole.Biologist, ActorRole.Radiologist];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CalendarSlotGraphType>>>>("availableSlots")
            .Description("The slots a practitioner, unit, lab or radiology centre offers from now on, at most 31 days at a time.")
            .Argument<NonNullGraphType<PerformerInputGraphType>>("performer")
            .Argument<DateTimeOffsetGraphType>("from", "Default: now.")
            .Argument<DateTimeOffsetGraphType>("to", "Default: 7 days after from.")
            .Argument<BooleanGraphType>("includeTaken", "Also list booked slots (free: false). Default false.")
            .Allow(Rules.Roles(Rules.Professionals))
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<DateTimeOffset?>("from") ?? DateTimeOffset.UtcNow;
                var to = c.GetArgument<DateTimeOffset?>("to") ?? from.AddDays(7);
                return await Calendar(c, c.GetArgument<PerformerInput>("performer")).GetSlotsAsync(from, to, c.GetArgument("includeTaken", false));
            });
        query.Field<NonNullGraphType<AvailabilityGraphType>>("availability")
            .Description("A performer's weekly template and exceptions.")
            .Argument<NonNullGraphType<PerformerInputGraphType>>("performer")
            .Allow(Rules.Roles(Rules.Professionals))
            .ResolveAsync(async c => await Calendar(c, c.GetArgument<PerformerInput>("performer")).GetAvailabilityAsync());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingGraphType>>>>("agenda")
            .Description("The performer's bookings, at most 31 days at a time. The performer (or their unit's staff) only.")
            .Argument<NonNullGraphType<PerformerInputGraphType>>("performer")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .Allow(Rules.PerformerSelf(c => c.GetArgument<PerformerInput>("performer")))
            .ResolveAsync(async c => await Calendar(c, c.GetArgument<PerformerInput>("performer"))
                .GetBookingsAsync(c.GetArgument<DateTimeOffset>("from"), c.GetArgument<DateTimeOffset>("to")));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AvailabilityGraphType>>("setWeeklyAvailability")
            .Description("Replaces the performer's weekly template. The performer, their unit's staff, or an admin.")
            .Argument<NonNullGraphType<SetWeeklyAvailabilityInputGraphType>>("input")
            .Allow(Rules.PerformerSelf(c => c.GetArgument<SetWeeklyAvailabilityInput>("input").Performer))
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetWeeklyAvailabilityInput>("input");
                var blocks = input.Blocks.Select((b, i) => new AvailabilityBlock(b.Day,
                    ClockTime.Parse(b.Start, $"blocks[{i}].start"), ClockTime.Parse(b.End, $"blocks[{i}].end"),
                    b.SlotMinutes, b.ReservedForUrgent)).ToArray();
                return await Calendar(c, input.Performer)
                    .SetWeeklyTemplateAsync(input.TimeZone ?? "Europe/Paris", blocks, ActorResolver.Resolve(c));
            });
        mutation.Field<NonNullGraphType<AvailabilityGraphType>>("addAvailabilityException")
            .Description("Closes a date (or part of it), or adds extra slots on it.")
            .Argument<NonNullGraphType<AddAvailabilityExceptionInputGraphType>>("input")
            .Allow(Rules.PerformerSelf(c => c.GetArgument<AddAvailabilityExceptionInput>("input").Performer))
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddAvailabilityExceptionInput>("input");
                var exception = new AvailabilityOverride
                {
                    Date = input.Date, Kind = input.Kind, Start = ClockTime.ParseOptional(input.Start, "start"),
                    End = ClockTime.ParseOptional(input.End, "end"), SlotMinutes = input.SlotMinutes,
                    ReservedForUrgent = input.ReservedForUrgent ?? false, Note = input.Note,
                };
                return await Calendar(c, input.Performer).AddExceptionAsync(exception, ActorResolver.Resolve(c));
            });
        mutation.Field<NonNullGraphType<AvailabilityGraphType>>("removeAvailabilityException")
            .Argument<NonNullGraphType<RemoveAvailabilityExceptionInputGraphType>>("input")
            .Allow(Rules.PerformerSelf(c => c.GetArgument<RemoveAvailabilityExceptionInput>("input").Performer))
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RemoveAvailabilityExceptionInput>("input");
                return await Calendar(c, input.Performer)
                    .RemoveExceptionAsync(Ids.Guid(input.ExceptionId, "exceptionId"), ActorResolver.Resolve(c));
            });
        mutation.Field<NonNullGraphType<StepPayloadGraphType>>("bookSlot")
            .Description("Books a slot of the step's performer and schedules the step in it; on a scheduled step, reschedules "
                + "(the old slot is freed). Slots reserved for urgent referrals go only to a GP booking an urgent referral. "
                + "Concurrent attempts on one slot: exactly one wins, the others get SLOT_UNAVAILABLE.")
            .Argument<NonNullGraphType<BookSlotInputGraphType>>("input")
            .AllowRoles(Booking)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<BookSlotInput>("input");
                var outcome = await c.Grains().Get<IJourneyGrain>(Ids.Journey(input.JourneyId))
                    .BookStepAsync(Ids.Guid(input.StepId, "stepId"), input.Start, ActorResolver.Resolve(c));
                return MutationType.StepPayload(c, outcome);
            });
        mutation.Field<NonNullGraphType<StepPayloadGraphType>>("cancelBooking")
            .Description("Cancels the appointment and frees the slot; the request stays open (ACCEPTED) to book again.")
            .Argument<NonNullGraphType<CancelBookingInputGraphType>>("input")
            .AllowRoles(Booking)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CancelBookingInput>("input");
                var update = new StepUpdate { StepId = Ids.Guid(input.StepId, "stepId"), Action = StepAction.Unschedule, Reason = input.Reason };
                var outcome = await c.Grains().Get<IJourneyGrain>(Ids.Journey(input.JourneyId))
                    .UpdateStepAsync(update, ActorResolver.Resolve(c));
                return MutationType.StepPayload(c, outcome);
            });
    }

    /// <summary>The next free slot of a performer within some hours (for the caller: GPs also see reserved urgent slots).</summary>
    public static Task<CalendarSlot?> NextFreeSlotAsync(IResolveFieldContext c, Performer performer, int withinHours)
    {
        if (withinHours is < 1 or > 1440) throw new InvalidInputException("withinHours", "Between 1 and 1440 hours (60 days).");
        var includeReserved = ActorResolver.Resolve(c).Role is ActorRole.Gp or ActorRole.System;
        return c.Grains().Get<ICalendarGrain>(Calendars.Key(performer))
            .FindNextFreeAsync(includeReserved, TimeSpan.FromHours(withinHours));
    }

    private static ICalendarGrain Calendar(IResolveFieldContext c, PerformerInput performer) =>
        c.Grains().Get<ICalendarGrain>(Calendars.Key(MutationType.ToPerformer(performer)));
}
