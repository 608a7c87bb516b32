namespace Innomed.Api.Security.Authentication.DevSignIn;

/// <summary>
/// The demo users offered by the development sign-in. The silo implements it from its demo
/// directory; the Api only defines it, so it never references the silo.
/// </summary>
public interface IDevUserDirectory
{
    IReadOnlyList<DevUser> Users { get; }
}
