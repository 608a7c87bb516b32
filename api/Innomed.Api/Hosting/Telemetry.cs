using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Innomed.Api.Hosting;

/// <summary>
/// Traces across HTTP → GraphQL → grain calls → Npgsql, and runtime metrics. Exported over OTLP
/// when OTEL_EXPORTER_OTLP_ENDPOINT is set; printed on the console with
/// <c>Innomed:Telemetry:Console=true</c> (development). With neither, no span is created at all:
/// collecting and dropping every span cost the gateway a few percent of its CPU under load.
/// <c>Innomed:Telemetry:Traces=true</c> collects them for an exporter added in code (tests).
/// Metrics are always collected (the health and benchmark tooling read them in process). Used by the
/// silo host (silo + co-hosted gateway) and by the standalone gateway, whose Orleans client
/// propagates the trace into the silos.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddInnomedTelemetry(this IServiceCollection services, IConfiguration config, string defaultServiceName = "innomed-silo")
    {
        var otlp = !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var console = config.GetValue<bool>("Innomed:Telemetry:Console");
        var traces = otlp || console || config.GetValue<bool>("Innomed:Telemetry:Traces");
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(config["OTEL_SERVICE_NAME"] ?? defaultServiceName))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter("Microsoft.Orleans", "Innomed.Audit", "Innomed.Gateway", "Innomed.Journeys");
                if (otlp) m.AddOtlpExporter();
            });
        if (traces)
        {
            otel.WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.RecordException = false)
                    .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Npgsql");
                if (otlp) t.AddOtlpExporter();
                if (console) t.AddConsoleExporter();
            });
        }
        return services;
    }
}
