using System.Net;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>Bearer tokens that must not get anybody in (401), and one that must not get a forbidden role.</summary>
public static class TokenCases
{
    private const string Cancel = "mutation($j: ID!) { cancelJourney(input: { journeyId: $j, reason: \"token test\" }) { journey { id } } }";

    public static IEnumerable<HostileCase> All =>
    [
        Bad("token: expired", f => Forge(f).Expired()),
        Bad("token: not yet valid", f => Forge(f).NotYetValid()),
        Bad("token: signed with another key", f => Forge(f).ForeignKey()),
        Bad("token: signature tampered", f => Forge(f).Tampered()),
        Bad("token: payload edited to Admin", f => Forge(f).PayloadEdited()),
        Bad("token: alg none", _ => TokenForge.AlgNone()),
        Bad("token: wrong issuer", f => Forge(f).WrongIssuer()),
        Bad("token: wrong audience", f => Forge(f).WrongAudience()),
        Bad("token: no subject", f => Forge(f).NoSubject()),
        Bad("token: garbage", _ => "not.a.jwt"),
        Bad("token: 8 KiB of base64", _ => new string('A', 8 * 1024)),
        // Valid signature, but "System" is not a role a token can carry: it is removed, leaving no actor.
        new("token: role System is stripped", f => f.Http.PostAsync(Cancel, new { j = f.JourneyId }, Forge(f).WithRole("attacker", "System")),
            HttpStatusCode.OK, "UNAUTHENTICATED"),
    ];

    private static TokenForge Forge(HostileFixture f) => new(f.DataDirectory);

    private static HostileCase Bad(string name, Func<HostileFixture, string> token) =>
        new(name, f => f.Http.PostAsync(Cancel, new { j = f.JourneyId }, token(f)), HttpStatusCode.Unauthorized, "UNAUTHENTICATED",
            (_, o) =>
            {
                o.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer error=\"invalid_token\"");
                return Task.CompletedTask;
            });
}
