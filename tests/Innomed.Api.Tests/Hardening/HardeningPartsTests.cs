using System.Net;
using Innomed.Api.Security.Hardening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Innomed.Api.Tests.Hardening;

[Trait("Category", "Hardening")]
public sealed class HardeningPartsTests
{
    [Theory]
    [InlineData("Production", true, null, false)]
    [InlineData("Production", false, null, true)]
    [InlineData("Development", true, null, true)]
    [InlineData("Production", true, true, true)]
    [InlineData("Development", false, false, false)]
    public void Given_Deployment_When_DecidingIntrospection_Then_OffOnlyInProductionWithADatabaseUnlessConfigured(
        string environment, bool database, bool? configured, bool allowed)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Innomed"] = database ? "Host=db" : null,
        }).Build();

        IntrospectionPolicy.IsAllowed(new InnomedLimitsOptions { AllowIntrospection = configured }, configuration, new Env(environment)).ShouldBe(allowed);
    }

    [Theory]
    [InlineData("https://app.example", true)]
    [InlineData("http://localhost:5173", true)]
    [InlineData("*", true)]
    [InlineData("https://app.example/", false)]
    [InlineData("https://app.example/path", false)]
    [InlineData("https://*.example", false)]
    [InlineData("app.example", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Given_Origin_When_BuildingThePolicy_Then_OnlyPlainOriginsAccepted(string origin, bool accepted)
    {
        var build = () => CorsPolicyFactory.Create(new InnomedCorsOptions { Origins = [origin] });

        if (accepted)
        {
            build().SupportsCredentials.ShouldBeFalse();
        }
        else
        {
            build.ShouldThrow<InvalidOperationException>();
        }
    }

    [Fact]
    public void Given_WildcardWithExplicitOrigins_When_BuildingThePolicy_Then_Refused() =>
        Should.Throw<InvalidOperationException>(() => CorsPolicyFactory.Create(new InnomedCorsOptions { Origins = ["*", "https://a.example"] }));

    [Fact]
    public void Given_TokenBucket_When_Drained_Then_RefillsWithTime()
    {
        var time = new ManualClock();
        var bucket = new TokenBucket(2, 1, time);

        bucket.TryTake().ShouldBeTrue();
        bucket.TryTake().ShouldBeTrue();
        bucket.TryTake().ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(999));
        bucket.TryTake().ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(1));
        bucket.TryTake().ShouldBeTrue();
        time.Advance(TimeSpan.FromHours(1));
        bucket.TryTake().ShouldBeTrue();
        bucket.TryTake().ShouldBeTrue();
        bucket.TryTake().ShouldBeFalse("never more than its capacity");
    }

    [Theory]
    [InlineData("192.0.2.7", "ip:192.0.2.7")]
    [InlineData("::ffff:192.0.2.7", "ip:192.0.2.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "ip:2001:db8:1:2::/64")]
    public void Given_Address_When_Partitioning_Then_IPv6ClientsCountPer64(string address, string key) =>
        CallerPartition.ForAddress(IPAddress.Parse(address)).Key.ShouldBe(key);

    [Theory]
    [InlineData("Ana", false)]
    [InlineData("Zoë Ærøskøbing 🩺", false)]
    [InlineData("line\nnext\ttab\r", false)]
    [InlineData("nul\0", true)]
    [InlineData("esc\u001b[31m", true)]
    [InlineData("del\u007f", true)]
    [InlineData("rlo\u202E", true)]
    [InlineData("isolate\u2066", true)]
    public void Given_Text_When_Checked_Then_ControlAndUnpairedCharactersRefused(string text, bool refused) =>
        VariablesSizeRule.HasForbiddenCharacter(text).ShouldBe(refused);

    [Fact]
    public void Given_UnpairedSurrogates_When_Checked_Then_Refused()
    {
        // Built here: xunit would replace an unpaired surrogate in InlineData with U+FFFD.
        VariablesSizeRule.HasForbiddenCharacter("lone" + (char)0xD800).ShouldBeTrue();
        VariablesSizeRule.HasForbiddenCharacter("lone" + (char)0xDC00 + "x").ShouldBeTrue();
        VariablesSizeRule.HasForbiddenCharacter("pair" + (char)0xD83E + (char)0xDE7A).ShouldBeFalse();
    }

    /// <summary>Timestamps that move only when told (this project has no FakeTimeProvider package).</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
