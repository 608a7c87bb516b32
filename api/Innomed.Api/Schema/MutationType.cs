using GraphQL.Types;
using GraphQL;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Availability;
using Innomed.Api.Schema.Capacity;
using Innomed.Api.Schema.Epidemiology;
using Innomed.Api.Schema.Inputs;
using Innomed.Api.Schema.TeleExpertise;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Capacity;
using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema;

/// <summary>Each mutation is one grain command: it is persisted before the payload returns.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<JourneyPayloadGraphType>>("startJourney")
            .AllowRoles(ActorRole.Patient, ActorRole.Gp, ActorRole.Regulator)
            .Argument<NonNullGraphType<StartJourneyInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<StartJourneyInput>("input");
                var territoryId = Ids.Key(input.TerritoryId, "territoryId");
                if (await c.Grains().Get<ITerritoryGrain>(territoryId).GetProfileAsync() is null)
                    throw new NotFoundException("Territory", territoryId);
                var p = input.Patient;
                var patient = new PatientIdentity(p.FamilyName, p.GivenName, p.BirthDate, p.Sex, p.Phone, p.Email, p.Ins);
                return Payload(c, await c.Grains().Get<IJourneyGrain>(Guid.CreateVersion7())
                    .StartAsync(patient, territoryId, ActorResolver.Resolve(c)));
            });
        Field<NonNullGraphType<JourneyPayloadGraphType>>("submitTriage")
            .AllowRoles(ActorRole.Patient, ActorRole.Gp, ActorRole.Regulator)
            .Argument<NonNullGraphType<SubmitTriageInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SubmitTriageInput>("input");
                var submission = new TriageSubmission
                {
                    Answers = (input.Answers ?? []).Select(a => new TriageAnswer(a.Question, a.Value)).ToArray(),
                    Level = input.Level,
                    Note = input.Note,
                };
                return Payload(c, await Journey(c, input.JourneyId).SubmitTriageAsync(submission, ActorResolver.Resolve(c)));
            });
        Field<NonNullGraphType<TriageProgressGraphType>>("answerTriage")
            .Description("One chatbot answer; the last one completes the triage (an emergency goes to the SAMU at once).")
            .AllowRoles(ActorRole.Patient, ActorRole.Gp, ActorRole.Regulator)
            .Argument<NonNullGraphType<AnswerTriageInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AnswerTriageInput>("input");
                var progress = await Journey(c, input.JourneyId)
                    .AnswerTriageAsync(new TriageAnswer(input.Question, input.Value), ActorResolver.Resolve(c));
                c.Loader().Prime(progress.Journey);
                return progress;
            });
        Field<NonNullGraphType<JourneyPayloadGraphType>>("takeCharge")
            .AllowRoles(ActorRole.Gp)
            .Argument<NonNullGraphType<TakeChargeInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TakeChargeInput>("input");
                return Payload(c, await Journey(c, input.JourneyId)
                    .TakeChargeAsync(Ids.Key(input.PractitionerId, "practitionerId"), ActorResolver.Resolve(c)));
            });
        Field<NonNullGraphType<StepPayloadGraphType>>("refer")
            .AllowRoles(ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff)
            .Description("Adds a referral, tele-expertise request, lab or imaging order, or admission to the tree.")
            .Argument<NonNullGraphType<ReferInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReferInput>("input");
                var request = new StepRequest
                {
                    ParentStepId = input.ParentStepId is null ? null : Ids.Guid(input.ParentStepId, "parentStepId"),
                    Kind = input.Kind ?? StepKind.Referral,
                    Performer = ToPerformer(input.Performer),
                    Reason = input.Reason,
                    Priority = input.Priority ?? Priority.Routine,
                    DueBy = input.DueBy,
                    Note = input.Note,
                };
                return StepPayload(c, await Journey(c, input.JourneyId).AddStepAsync(request, ActorResolver.Resolve(c)));
            });
        Field<NonNullGraphType<StepPayloadGraphType>>("updateStep")
            .AllowRoles(ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff, ActorRole.Biologist, ActorRole.Radiologist)
            .Argument<NonNullGraphType<UpdateStepInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateStepInput>("input");
                var update = new StepUpdate
                {
                    StepId = Ids.Guid(input.StepId, "stepId"), Action = input.Action, Note = input.Note,
                    Report = input.Report, Reason = input.Reason,
                    Slot = input.Slot is { } s ? new Slot(s.Start, s.End) : null,
                    Alternative = input.Alternative,
                    SuggestedPerformer = input.SuggestedPerformer is { } sp ? ToPerformer(sp) : null,
                };
                return StepPayload(c, await Journey(c, input.JourneyId).UpdateStepAsync(update, ActorResolver.Resolve(c)));
            });
        Field<NonNullGraphType<JourneyPayloadGraphType>>("closeJourney")
            .AllowRoles(ActorRole.Gp, ActorRole.Regulator)
            .Argument<NonNullGraphType<CloseJourneyInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<JourneyTextInput>("input");
                return Payload(c, await Journey(c, input.JourneyId).CloseAsync(input.Outcome ?? "", ActorResolver.Resolve(c)));
            });
        Field<NonNullGraphType<JourneyPayloadGraphType>>("cancelJourney")
            .AllowRoles(ActorRole.Patient, ActorRole.Gp, ActorRole.Regulator)
            .Argument<NonNullGraphType<CancelJourneyInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<JourneyTextInput>("input");
                return Payload(c, await Journey(c, input.JourneyId).CancelAsync(input.Reason ?? "", ActorResolver.Resolve(c)));
            });
        Field<NonNullGraphType<JourneyPayloadGraphType>>("returnToPrimaryCare")
            .AllowRoles(ActorRole.Regulator)
            .Description("The SAMU regulator sends an emergency back to primary care (seen by a GP within 2 h).")
            .Argument<NonNullGraphType<ReturnToPrimaryCareInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<JourneyTextInput>("input");
                return Payload(c, await Journey(c, input.JourneyId).ReturnToPrimaryCareAsync(input.Note, ActorResolver.Resolve(c)));
            });
        Field<NonNullGraphType<UnitCapacityGraphType>>("updateUnitCapacity")
            .Allow(Rules.Any(Rules.Roles(ActorRole.Admin), Rules.StaffOf(c => c.GetArgument<UnitCapacityInput>("input").UnitId)))
            .Argument<NonNullGraphType<UnitCapacityInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UnitCapacityInput>("input");
                return await c.Grains().Get<IHospitalUnitGrain>(Ids.Key(input.UnitId, "unitId")).UpdateCapacityAsync(new UnitCapacity
                {
                    BedsTotal = input.BedsTotal ?? 0, BedsOccupied = input.BedsOccupied ?? 0, ErWaiting = input.ErWaiting,
                    Beds = input.Beds?.Select(b => new BedCount(b.Type, b.Total, b.Occupied)).ToArray() ?? [],
                    ErLongestWaitMinutes = input.ErLongestWaitMinutes, DoctorsOnDuty = input.DoctorsOnDuty,
                });
            });
        TeleExpertiseMutations.AddTo(this);
        AvailabilityFields.AddMutations(this);
        CapacityFields.AddMutations(this);
        EpidemiologyFields.AddMutations(this);
        Labs.LabFields.AddMutations(this);
        Documents.DocumentFields.AddMutations(this);
        Conversations.ConversationFields.AddMutations(this);
    }

    private static IJourneyGrain Journey(IResolveFieldContext c, string id) =>
        c.Grains().Get<IJourneyGrain>(Ids.Journey(id));

    private static JourneyPayload Payload(IResolveFieldContext c, JourneySnapshot journey)
    {
        c.Loader().Prime(journey);
        return new JourneyPayload(journey);
    }

    internal static StepPayload StepPayload(IResolveFieldContext c, StepOutcome outcome)
    {
        c.Loader().Prime(outcome.Journey);
        return new StepPayload(new StepNode(outcome.Step, outcome.Journey), outcome.Journey);
    }

    internal static Performer ToPerformer(PerformerInput input) => (input.PractitionerId, input.UnitId) switch
    {
        ({ } p, null) => Performer.Practitioner(Ids.Key(p, "performer.practitionerId")),
        (null, { } u) => Performer.Unit(Ids.Key(u, "performer.unitId")),
        _ => throw new InvalidInputException("performer", "Give exactly one of practitionerId or unitId."),
    };
}
