using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using Innomed.Api.Audit.Graph;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Tests.Audit;

/// <summary>
/// A stand-in for the Innomed schema with the same shapes (journey by id, lists, input mutations,
/// a journey subscription) and no grains, so the audit can be proven without a cluster.
/// </summary>
internal sealed class AuditTestSchema : GraphQL.Types.Schema
{
    public static readonly Guid Refused = Guid.Parse("00000000-0000-4000-8000-00000000dead");
    public static readonly Guid Forbidden = Guid.Parse("00000000-0000-4000-8000-0000000f0b1d");

    public AuditTestSchema(IServiceProvider services) : base(services)
    {
        Query = new AuditTestQuery();
        Mutation = new AuditTestMutation();
        Subscription = new AuditTestSubscription();
    }

    public static int ResolverRuns;

    public static JourneySnapshot Journey(Guid id) => new()
    {
        Id = id,
        TerritoryId = "demo",
        Stage = JourneyStage.Triage,
        Version = 1,
        Patient = new PatientIdentity("Martin", "Ana", new DateOnly(1990, 1, 2), null, null, null, null),
        RootStepId = Guid.NewGuid(),
        Steps = [],
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private sealed class TestJourneyGraphType : ObjectGraphType<JourneySnapshot>
    {
        public TestJourneyGraphType()
        {
            Name = "Journey";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
            Field<NonNullGraphType<StringGraphType>>("familyName").Resolve(c => c.Source.Patient.FamilyName);
        }
    }

    private sealed class TestJourneyInputGraphType : InputObjectGraphType
    {
        public TestJourneyInputGraphType()
        {
            Name = "TestJourneyInput";
            Field<NonNullGraphType<IdGraphType>>("journeyId");
            Field<StringGraphType>("note");
        }
    }

    private sealed class AuditTestQuery : ObjectGraphType
    {
        public AuditTestQuery()
        {
            Name = "Query";
            Field<TestJourneyGraphType>("journey").Argument<NonNullGraphType<IdGraphType>>("id")
                .Resolve(c => Run(() => Journey(Guid.Parse(c.GetArgument<string>("id")))));
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<TestJourneyGraphType>>>>("journeys").Argument<IntGraphType>("count")
                .Resolve(c => Run(() => Enumerable.Range(0, c.GetArgument("count", 3)).Select(_ => Journey(Guid.NewGuid())).ToArray()));
            Field<StringGraphType>("practitioner").Argument<NonNullGraphType<IdGraphType>>("id").Resolve(c => Run(() => "Dr " + c.GetArgument<string>("id")));
            AuditQueries.AddTo(this);
        }
    }

    private sealed class AuditTestMutation : ObjectGraphType
    {
        public AuditTestMutation()
        {
            Name = "Mutation";
            Field<TestJourneyGraphType>("startJourney").Resolve(_ => Run(() => Journey(Guid.NewGuid())));
            Field<TestJourneyGraphType>("submitTriage").Argument<NonNullGraphType<TestJourneyInputGraphType>>("input").Resolve(c =>
            {
                var id = Guid.Parse((string)c.GetArgument<Dictionary<string, object?>>("input")["journeyId"]!);
                return Run(() => id == Refused
                    ? throw new InvalidTransitionException("TRIAGE", ["SubmitTriage"], "Not in this stage.")
                    : id == Forbidden ? throw new ForbiddenException("Not your patient.") : Journey(id));
            });
        }
    }

    private sealed class AuditTestSubscription : ObjectGraphType
    {
        public AuditTestSubscription()
        {
            Name = "Subscription";
            Field<NonNullGraphType<TestJourneyGraphType>, JourneySnapshot>("journeyUpdated")
                .Argument<NonNullGraphType<IdGraphType>>("journeyId")
                .ResolveStream(c =>
                {
                    var id = Guid.Parse(c.GetArgument<string>("journeyId"));
                    return Run(() => id == Refused ? throw new NotFoundException("Journey", id.ToString()) : Observable.Return(Journey(id)));
                });
        }
    }

    private static T Run<T>(Func<T> resolve)
    {
        Interlocked.Increment(ref ResolverRuns);
        return resolve();
    }
}
