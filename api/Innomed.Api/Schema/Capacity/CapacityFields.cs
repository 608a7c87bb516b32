using GraphQL;
using GraphQL.Types;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Capacity;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Capacity;

/// <summary>Hospital capacity beyond the single update: history for charts and the bulk CSV import.</summary>
public static class CapacityFields
{
    /// <summary>The import's own limit (the grain checks it too); the document limits usually bite first.</summary>
    private const int MaxCsvLength = 256 * 1024;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapacityHistoryPointGraphType>>>>("capacityHistory")
            .Description("A unit's published capacity over [from, to), one point per bucket (at most 3000 points). "
                + "Kept 90 days by default (at least 30). Professionals only.")
            .Argument<NonNullGraphType<IdGraphType>>("unitId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<DateTimeOffsetGraphType>("to", "Default: now.")
            .Argument<CapacityBucketEnum>("bucket", "Default: HOUR.")
            .Allow(Rules.Roles(Rules.Professionals))
            .ResolveAsync(async c =>
            {
                var unitId = Ids.Key(c.GetArgument<string>("unitId"), "unitId");
                var from = c.GetArgument<DateTimeOffset>("from");
                var to = c.GetArgument<DateTimeOffset?>("to") ?? DateTimeOffset.UtcNow;
                return await c.Grains().GetGrain<ICapacityHistoryGrain>(0)
                    .QueryAsync(unitId, from, to, c.GetArgument("bucket", CapacityBucket.Hour));
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CapacityImportResultGraphType>>("importUnitCapacity")
            .Description("Publishes many units' capacity from a CSV (header: unitId,bedType,bedsTotal,bedsOccupied,erWaiting,"
                + "erLongestWaitMinutes,doctorsOnDuty; ',' or ';'). Each unit named is replaced whole. Validated as a whole: "
                + "any error → nothing applied, errors listed by row and column. Hospital staff for their own unit, admins for all.")
            .Argument<NonNullGraphType<StringGraphType>>("csv")
            .AllowRoles(ActorRole.HospitalStaff, ActorRole.Admin)
            .ResolveAsync(async c =>
            {
                var csv = c.GetArgument<string>("csv");
                if (csv.Length > MaxCsvLength) throw new InvalidInputException("csv", "The CSV is too large.");
                return await c.Grains().GetGrain<ICapacityImportGrain>(0).ImportAsync(csv, ActorResolver.Resolve(c));
            });
    }
}
