using System.Reactive.Linq;
using GraphQL.Types;
using GraphQL;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Innomed.Grains.Labs;
using Innomed.Grains.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema.Labs;

/// <summary>Labs and imaging: orders, results with computed flags, critical-result alerts (query, subscription, acknowledgement).</summary>
public static class LabFields
{
    private static readonly JourneyEventType[] AlertEvents =
        [JourneyEventType.CriticalResultAlert, JourneyEventType.AlertEscalated, JourneyEventType.AlertAcknowledged];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabAlertGraphType>>>>("alerts")
            .Description("Critical results waiting for this practitioner's acknowledgement, oldest first. Themselves only.")
            .Argument<NonNullGraphType<IdGraphType>>("practitionerId")
            .Allow(Rules.Self(c => c.GetArgument<string>("practitionerId")))
            .ResolveAsync(async c => await c.Grains().Get<IPractitionerGrain>(Ids.Key(c.GetArgument<string>("practitionerId"), "practitionerId"))
                .GetAlertsAsync());
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StepPayloadGraphType>>("orderLabs")
            .Description("Orders tests from a lab, or an exam from a radiology centre, as a step of the journey; book its slot with bookSlot.")
            .Argument<NonNullGraphType<OrderLabsInputGraphType>>("input")
            .AllowRoles(ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<OrderLabsInput>("input");
                var order = new LabOrderRequest
                {
                    ParentStepId = input.ParentStepId is null ? null : Ids.Guid(input.ParentStepId, "parentStepId"),
                    UnitId = Ids.Key(input.UnitId, "unitId"),
                    Kind = input.Kind == LabOrderKind.Imaging ? StepKind.ImagingOrder : StepKind.LabOrder,
                    Tests = (input.Tests ?? []).Select(t => new LabTest(t.Code, t.Label)).ToArray(),
                    Exam = input.Exam, Priority = input.Priority ?? Priority.Routine,
                    ClinicalInformation = input.ClinicalInformation, DueBy = input.DueBy, Note = input.Note,
                };
                return MutationType.StepPayload(c, await Labs(c, input.JourneyId).OrderLabsAsync(order, ActorResolver.Resolve(c)));
            });
        mutation.Field<NonNullGraphType<StepPayloadGraphType>>("postLabResults")
            .Description("The lab or radiology centre posts results (flags computed here); a critical one alerts whoever ordered the test.")
            .Argument<NonNullGraphType<PostLabResultsInputGraphType>>("input")
            .AllowRoles(ActorRole.Biologist, ActorRole.Radiologist, ActorRole.HospitalStaff)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PostLabResultsInput>("input");
                var posting = new LabResultsPosting
                {
                    StepId = Ids.Guid(input.StepId, "stepId"), ImagingReport = input.ImagingReport, Final = input.Final ?? false,
                    Results = (input.Results ?? []).Select(r => new LabResultEntry
                    {
                        Code = r.Code, Label = r.Label, Value = r.Value, Text = r.Text, Unit = r.Unit,
                        ReferenceLow = r.ReferenceLow, ReferenceHigh = r.ReferenceHigh, CriticalLow = r.CriticalLow, CriticalHigh = r.CriticalHigh,
                    }).ToArray(),
                };
                return MutationType.StepPayload(c, await Labs(c, input.JourneyId).PostResultsAsync(posting, ActorResolver.Resolve(c)));
            });
        mutation.Field<NonNullGraphType<JourneyPayloadGraphType>>("acknowledgeAlert")
            .Description("The practitioner who ordered the test, the on-call GP it went to, or the journey's GP takes the alert in hand.")
            .Argument<NonNullGraphType<AcknowledgeAlertInputGraphType>>("input")
            .AllowRoles(ActorRole.Gp, ActorRole.Specialist, ActorRole.HospitalStaff)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AcknowledgeAlertInput>("input");
                var journey = await Labs(c, input.JourneyId).AcknowledgeAlertAsync(Ids.Guid(input.AlertId, "alertId"), ActorResolver.Resolve(c));
                c.Loader().Prime(journey);
                return new JourneyPayload(journey);
            });
        mutation.Field<NonNullGraphType<TerritoryGraphType>>("setOnCallGp")
            .Description("Names the territory's GP on call, who receives critical results nobody acknowledged in time. Admins.")
            .Argument<NonNullGraphType<SetOnCallGpInputGraphType>>("input")
            .AllowRoles(ActorRole.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetOnCallGpInput>("input");
                return await c.Grains().Get<ITerritoryGrain>(Ids.Key(input.TerritoryId, "territoryId"))
                    .SetOnCallAsync(input.PractitionerId is null ? null : Ids.Key(input.PractitionerId, "practitionerId"));
            });
    }

    /// <summary>Call before the subscription type wraps its stream resolvers with their access checks.</summary>
    public static void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<AlertEventGraphType>, AlertEventNode>("alerts")
            .Description("Critical-result alerts for this practitioner as they are raised, escalated to them, or acknowledged. Themselves only.")
            .Argument<NonNullGraphType<IdGraphType>>("practitionerId")
            .Allow(Rules.Self(c => c.GetArgument<string>("practitionerId")))
            .ResolveStream(c =>
            {
                var practitionerId = Ids.Key(c.GetArgument<string>("practitionerId"), "practitionerId");
                return c.RequestServices!.GetRequiredService<ILiveEventSource>().JourneyChanges
                    .Where(ch => ch.Event.AlertId is not null && AlertEvents.Contains(ch.Event.Type))
                    .Select(ch => (Change: ch, Alert: ch.Journey.Alerts.FirstOrDefault(a => a.Id == ch.Event.AlertId)))
                    .Where(x => x.Alert is not null && x.Alert.Concerns(practitionerId))
                    .Select(x => new AlertEventNode(x.Change.Event, x.Alert!, x.Change.Journey));
            });
    }

    private static IJourneyLabs Labs(IResolveFieldContext c, string journeyId) =>
        c.Grains().GetGrain<IJourneyLabs>(Ids.Journey(journeyId));
}
