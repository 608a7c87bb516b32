using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Orleans.Concurrency;

namespace Innomed.Grains.Capacity;

/// <summary>
/// Bulk capacity import. All or nothing at validation: the CSV is parsed and every row checked
/// (format, unit exists, the caller may publish for it, the figures pass the unit's own rules)
/// before anything is applied; any error → nothing applied, every error listed with its row and
/// column. Then each unit's capacity is applied through its grain, as a single update would be.
/// </summary>
[StatelessWorker]
public sealed class CapacityImportGrain : Grain, ICapacityImportGrain
{
    public async Task<CapacityImportResult> ImportAsync(string csv, Actor actor)
    {
        var (rows, errors) = CapacityCsv.Parse(csv);
        if (errors.Count > 0) return Refused(rows.Count, errors);
        var (units, _) = CapacityCsv.Combine(rows);
        var problems = new List<CapacityImportError>();
        var checkedUnits = new List<(IHospitalUnitGrain Grain, UnitCapacity Capacity)>();
        foreach (var (unitId, row, capacity) in units)
        {
            if (!actor.IsPrivileged && actor.UnitId != unitId)
            {
                problems.Add(new(row, "unitId", "FORBIDDEN", $"You may not publish the capacity of unit '{unitId}'."));
                continue;
            }
            var grain = GrainFactory.Get<IHospitalUnitGrain>(unitId);
            if (await grain.GetProfileAsync() is null)
            {
                problems.Add(new(row, "unitId", "UNKNOWN_UNIT", $"No unit '{unitId}'."));
                continue;
            }
            try
            {
                checkedUnits.Add((grain, DirectoryValidation.Capacity(capacity)));
            }
            catch (InvalidInputException ex)
            {
                problems.Add(new(row, ex.Field, "BAD_USER_INPUT", ex.Message));
            }
        }
        if (problems.Count > 0) return Refused(rows.Count, problems);

        var applied = new List<UnitCapacityEntry>();
        foreach (var (grain, capacity) in checkedUnits)
        {
            var stored = await grain.UpdateCapacityAsync(capacity);
            var profile = await grain.GetProfileAsync();
            applied.Add(new UnitCapacityEntry(profile!.Id, profile.Kind, stored));
        }
        return new CapacityImportResult { Applied = true, Rows = rows.Count, Units = applied };
    }

    private static CapacityImportResult Refused(int rows, IReadOnlyList<CapacityImportError> errors) =>
        new() { Applied = false, Rows = rows, Errors = errors.OrderBy(e => e.Row).ToArray() };
}
