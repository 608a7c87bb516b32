namespace Innomed.Api.Security.Authentication.DevSignIn;

/// <summary>Used when no host supplied demo users (a gateway node alone): the picker is empty, sign-in refuses everybody.</summary>
internal sealed class EmptyDevUserDirectory : IDevUserDirectory
{
    public IReadOnlyList<DevUser> Users => [];
}
