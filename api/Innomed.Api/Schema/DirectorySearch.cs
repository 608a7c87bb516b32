using GraphQL;
using Innomed.Api.Schema.Availability;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Journeys;
using Innomed.Grains.Directory;

namespace Innomed.Api.Schema;

/// <summary>
/// Finds practitioners and units of a territory by name, role or kind, and specialty. A territory
/// has tens to a few hundred members, so the profiles are loaded (concurrently, cached per
/// request) and filtered here rather than indexed.
/// </summary>
public static class DirectorySearch
{
    public static async Task<IReadOnlyList<PractitionerProfile>> PractitionersAsync(IResolveFieldContext c)
    {
        var members = await Members(c);
        var text = Fold(c.GetArgument<string?>("text"));
        var role = c.GetArgument<PractitionerRole?>("role");
        var specialty = Fold(c.GetArgument<string?>("specialty"));
        var profiles = await Task.WhenAll(members.PractitionerIds.Select(c.Loader().PractitionerAsync));
        var matches = profiles.OfType<PractitionerProfile>()
            .Where(p => role is null || p.Role == role)
            .Where(p => specialty is null || Fold(p.Specialty)?.Contains(specialty, StringComparison.Ordinal) == true)
            .Where(p => text is null || Fold($"{p.GivenName} {p.FamilyName} {p.Specialty}")!.Contains(text, StringComparison.Ordinal))
            .OrderBy(p => p.FamilyName, StringComparer.Ordinal).ThenBy(p => p.GivenName, StringComparer.Ordinal)
            .ToArray();
        return await WithFreeSlotAsync(c, matches, p => Performer.Practitioner(p.Id));
    }

    public static async Task<IReadOnlyList<HospitalUnitProfile>> UnitsAsync(IResolveFieldContext c)
    {
        var members = await Members(c);
        var text = Fold(c.GetArgument<string?>("text"));
        var kind = c.GetArgument<UnitKind?>("kind");
        var specialty = Fold(c.GetArgument<string?>("specialty"));
        var profiles = await Task.WhenAll(members.UnitIds.Select(c.Loader().UnitAsync));
        var matches = profiles.OfType<HospitalUnitProfile>()
            .Where(u => kind is null || u.Kind == kind)
            .Where(u => specialty is null || Fold(u.Specialty)?.Contains(specialty, StringComparison.Ordinal) == true)
            .Where(u => text is null || Fold($"{u.HospitalName} {u.Name} {u.Specialty}")!.Contains(text, StringComparison.Ordinal))
            .OrderBy(u => u.HospitalName, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToArray();
        return await WithFreeSlotAsync(c, matches, u => Performer.Unit(u.Id));
    }

    /// <summary>
    /// "Has a free slot within N hours": asks each match's calendar (one grain call each, concurrently;
    /// a territory's directory is small). Without the argument, the first matches.
    /// </summary>
    private static async Task<IReadOnlyList<T>> WithFreeSlotAsync<T>(IResolveFieldContext c, IReadOnlyList<T> matches, Func<T, Performer> performer)
    {
        if (c.GetArgument<int?>("freeSlotWithinHours") is not { } hours) return matches.Take(First(c)).ToArray();
        var slots = await Task.WhenAll(matches.Select(m => AvailabilityFields.NextFreeSlotAsync(c, performer(m), hours)));
        return matches.Where((_, i) => slots[i] is not null).Take(First(c)).ToArray();
    }

    private static Task<TerritoryMembers> Members(IResolveFieldContext c) =>
        c.Grains().Get<ITerritoryGrain>(Ids.Key(c.GetArgument<string>("territoryId"), "territoryId")).GetMembersAsync();

    private static int First(IResolveFieldContext c) => Math.Clamp(c.GetArgument("first", 50), 0, 200);

    /// <summary>
    /// Lower case without French diacritics. The process runs with invariant globalisation, where
    /// Unicode decomposition is unavailable, so the few letters French uses are mapped by hand.
    /// </summary>
    public static string? Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var chars = text.Trim().ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'à' or 'â' or 'ä' or 'á' => 'a',
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'î' or 'ï' or 'í' => 'i',
                'ô' or 'ö' or 'ó' => 'o',
                'ù' or 'û' or 'ü' or 'ú' => 'u',
                'ç' => 'c',
                'ÿ' => 'y',
                var other => other,
            };
        }
        return new string(chars);
    }
}
