using Innomed.Silo.Hosting;
using Innomed.Silo.Persistence;

if (args.Length > 0 && args[0] == "migrate")
{
    // `dotnet run --project silo/Innomed.Silo -- migrate`: apply the schema and exit (ops, CI, compose).
    var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args[1..]).Build();
    var connection = config.GetConnectionString("Innomed")
        ?? throw new InvalidOperationException("Set ConnectionStrings__Innomed to migrate a PostgreSQL database.");
    await SchemaMigrator.RunAsync(connection, SchemaProvider.PostgreSql);
    Console.WriteLine("Schema is up to date.");
    return;
}

var app = InnomedHost.Build(args);
app.Lifetime.ApplicationStarted.Register(() =>
{
    var url = app.Urls.FirstOrDefault() ?? InnomedHost.DefaultUrl;
    Console.WriteLine($"""

        Innomed is running.
          Web UI:            {url}/
          GraphQL endpoint:  {url}/graphql  (GraphiQL in a browser; WebSocket graphql-transport-ws)
          Health:            {url}/health/ready
        Press Ctrl+C to stop.
        """);
});
await app.RunAsync();
