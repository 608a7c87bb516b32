using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Innomed.Silo.Hosting;

/// <summary>
/// Traces across HTTP → GraphQL → grain calls → Npgsql, and runtime metrics. Exported over OTLP
/// when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise collected and dropped (no console noise).
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddInnomedTelemetry(this IServiceCollection services, IConfiguration config)
    {
        var otlp = !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(config["OTEL_SERVICE_NAME"] ?? "innomed-silo"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.RecordException = false)
                    .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Npgsql");
                if (otlp) t.AddOtlpExporter();
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter("Microsoft.Orleans", "Innomed.Audit", "Innomed.Gateway", "Innomed.Journeys");
                if (otlp) m.AddOtlpExporter();
            });
        return services;
    }
}
