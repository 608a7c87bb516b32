namespace Innomed.Api.Security.Authentication.DevSignIn;

/// <summary>A demo user the development sign-in may issue a token for. Invented people only.</summary>
/// <param name="Id">Becomes <c>sub</c>: an RPPS number for practitioners, e.g. <c>patient-demo-1</c> otherwise.</param>
/// <param name="Name">Display name for the sign-in picker and the <c>name</c> claim.</param>
/// <param name="Role">One of <see cref="InnomedRoles.All"/>.</param>
/// <param name="UnitId">Hospital unit, lab or imaging centre, for unit-bound roles.</param>
/// <param name="TerritoryId">Territory the user belongs to.</param>
public sealed record DevUser(string Id, string Name, string Role, string? UnitId = null, string? TerritoryId = null);
