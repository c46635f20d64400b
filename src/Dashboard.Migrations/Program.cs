using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// add NAME: scaffolds a migration named NAME for SQLite and for PostgreSQL into src/Dashboard.Data/Store/Migrations/.
if (args.Length != 2 || args[0] != "add")
{
    Console.Error.WriteLine("usage: dotnet run --project src/Dashboard.Migrations -- add NAME");
    return 2;
}

var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "Dashboard.Data"));
if (!File.Exists(Path.Combine(project, "Dashboard.Data.csproj")))
{
    Console.Error.WriteLine($"Dashboard.Data not found at {project}");
    return 1;
}

DbContext[] contexts =
[
    new SqliteDashboardContext(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite("Data Source=design-time.db").Options),
    new PostgresDashboardContext(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql("Host=127.0.0.1").Options),
];
var assembly = typeof(DashboardDbContext).Assembly;
var reporter = new OperationReporter(new OperationReportHandler(
    m => Console.Error.WriteLine(m), m => Console.Error.WriteLine(m), m => Console.WriteLine(m), _ => { }));
foreach (var context in contexts)
{
    var provider = context is SqliteDashboardContext ? "Sqlite" : "Postgres";
    var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[1], "Dashboard.Data", $"Store.Migrations.{provider}", "C#");
    var files = scaffolder.Save(project, migration, Path.Combine(project, "Store", "Migrations", provider));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
    await context.DisposeAsync();
}

return 0;
