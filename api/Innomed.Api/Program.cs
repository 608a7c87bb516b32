using Innomed.Api.Hosting;
using Innomed.Api.Security.Authentication;
using Innomed.Api.Security.Hardening;
using Orleans.Configuration;

// A gateway node on its own: an Orleans client finding silos through PostgreSQL membership
// (ConnectionStrings:Innomed), or a local silo on the default gateway port when none is set.
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    builder.WebHost.UseUrls("http://127.0.0.1:5081");

builder.UseOrleansClient(client =>
{
    client.Configure<ClusterOptions>(o =>
    {
        o.ClusterId = builder.Configuration["Orleans:ClusterId"] ?? "innomed";
        o.ServiceId = builder.Configuration["Orleans:ServiceId"] ?? "innomed";
    });
    if (builder.Configuration.GetConnectionString("Innomed") is { Length: > 0 } postgres)
        client.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = postgres;
        });
    else
        client.UseLocalhostClustering(builder.Configuration.GetValue("Orleans:GatewayPort", 30000));
    client.AddActivityPropagation(); // one trace from the HTTP request into the silos' grain calls
    // A call that was in flight on a silo killed mid-call gets no answer and this client hears of no
    // death (it knows gateways, not silos): it waits this long, then answers SERVICE_UNAVAILABLE.
    // Orleans' 30 s default left a GP looking at a spinner for half a minute (kill-silo fault runs).
    client.Configure<ClientMessagingOptions>(o =>
        o.ResponseTimeout = builder.Configuration.GetValue("Orleans:ResponseTimeout", TimeSpan.FromSeconds(10)));
});
builder.Services.AddInnomedGateway(builder.Configuration);
builder.Services.AddInnomedAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddInnomedHardening(builder.Configuration, builder.Environment);
builder.Services.AddInnomedTelemetry(builder.Configuration, "innomed-gateway");

var app = builder.Build();
if (string.IsNullOrEmpty(builder.Configuration.GetConnectionString("Redis")))
    app.Logger.LogWarning("No ConnectionStrings:Redis: this gateway serves replays from the journeys' timelines "
        + "but hears no live events from silos in other processes. Configure Redis in a cluster.");
app.UseInnomedHardening();
app.UseInnomedAuthentication();
app.MapInnomedGateway();
app.MapInnomedDevSignIn();
app.Run();
