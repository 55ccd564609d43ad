using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace SocialCare.ArchitectureTests;

/// <summary>Nothing points outward: Domain ← Application ← Infrastructure.Mosaic, Infrastructure.Audit ← Api.</summary>
public partial class LayerTests
{
    private static readonly string FrameworkDirectory = RuntimeEnvironment.GetRuntimeDirectory();

    // Every pair (from, to) where "to" is further out than "from".
    private static readonly object[] Outward =
    [
        new object[] { Layer.Domain, Layer.Application },
        new object[] { Layer.Domain, Layer.InfrastructureMosaic },
        new object[] { Layer.Domain, Layer.Api },
        new object[] { Layer.Application, Layer.InfrastructureMosaic },
        new object[] { Layer.Application, Layer.Api },
        new object[] { Layer.InfrastructureMosaic, Layer.Api },
        new object[] { Layer.Domain, Layer.InfrastructureAudit },
        new object[] { Layer.Application, Layer.InfrastructureAudit },
        new object[] { Layer.InfrastructureAudit, Layer.Api },
        new object[] { Layer.Domain, Layer.InfrastructureRedis },
        new object[] { Layer.Application, Layer.InfrastructureRedis },
        new object[] { Layer.InfrastructureRedis, Layer.Api },
        new object[] { Layer.Domain, Layer.InfrastructureOpenTelemetry },
        new object[] { Layer.Application, Layer.InfrastructureOpenTelemetry },
        new object[] { Layer.InfrastructureMosaic, Layer.InfrastructureOpenTelemetry },
        new object[] { Layer.InfrastructureOpenTelemetry, Layer.InfrastructureMosaic },
        new object[] { Layer.InfrastructureOpenTelemetry, Layer.Api },
    ];

    [TestCaseSource(nameof(Outward))]
    public void Layer_does_not_reference_an_outer_one(Layer from, Layer to) =>
        Assert.That(References(from), Does.Not.Contain(to.Namespace()));

    [TestCaseSource(nameof(Outward))]
    public void No_type_of_a_layer_uses_an_outer_ones_namespace(Layer from, Layer to)
    {
        var result = Types.InAssembly(from.Assembly()).ShouldNot().HaveDependencyOn(to.Namespace()).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Type_rule_sees_a_dependency_that_exists()
    {
        var result = Types.InAssembly(Layer.InfrastructureMosaic.Assembly()).ShouldNot().HaveDependencyOn(Layer.Application.Namespace()).GetResult();

        Assert.That(result.FailingTypeNames, Is.Not.Empty, "a rule that cannot fail proves nothing");
    }

    [Test]
    public void Domain_references_nothing_but_the_runtime() =>
        Assert.That(References(Layer.Domain).Where(IsNotFramework), Is.Empty);

    [Test]
    public void Application_references_only_domain_and_its_packages() =>
        Assert.That(
            References(Layer.Application).Where(IsNotFramework),
            Is.SubsetOf(new[]
            {
                "SocialCare.Domain",
                "FluentResults",
                "Mediator",
                "Scrutor",
                "Microsoft.Extensions.Configuration.Abstractions",
                "Microsoft.Extensions.Configuration.Binder",
                "Microsoft.Extensions.DependencyInjection.Abstractions",
                "Microsoft.Extensions.Logging.Abstractions",
                "Microsoft.Extensions.Options",
                "Microsoft.Extensions.Options.ConfigurationExtensions",
                // ActivitySource and Meter (SocialCareTelemetry): the runtime's, which a package may load from its own folder.
                "System.Diagnostics.DiagnosticSource",
            }));

    [Test]
    public void Infrastructure_mosaic_references_only_application_and_domain_of_this_library() =>
        Assert.That(
            References(Layer.InfrastructureMosaic).Where(n => n.StartsWith("SocialCare.", StringComparison.Ordinal)),
            Is.SubsetOf(new[] { "SocialCare.Domain", "SocialCare.Application" }));

    [Test]
    public void Infrastructure_audit_references_only_application_and_domain_of_this_library() =>
        Assert.That(
            References(Layer.InfrastructureAudit).Where(n => n.StartsWith("SocialCare.", StringComparison.Ordinal)),
            Is.EquivalentTo(new[] { "SocialCare.Domain", "SocialCare.Application" }));

    [Test]
    public void Infrastructure_redis_references_only_application_and_domain_of_this_library() =>
        // A subset: the seam's key is a constant, compiled in, so the assembly may name no SocialCare assembly at all.
        Assert.That(
            References(Layer.InfrastructureRedis).Where(n => n.StartsWith("SocialCare.", StringComparison.Ordinal)),
            Is.SubsetOf(new[] { "SocialCare.Domain", "SocialCare.Application" }));

    // A subset: the names it shares with the Application are constants, compiled in.
    // The host's OpenTelemetry wiring knows SocialCare's routes and clients by their templates and the request options
    // the adapters set (SocialCareTelemetry's names), not by their types: it must not reach into the Api or an adapter.
    [Test]
    public void Infrastructure_opentelemetry_references_only_application_of_this_library() =>
        Assert.That(
            References(Layer.InfrastructureOpenTelemetry).Where(n => n.StartsWith("SocialCare.", StringComparison.Ordinal)),
            Is.SubsetOf(new[] { "SocialCare.Application" }));

    [Test]
    public void Audit_tool_uses_only_the_audit_store()
    {
        var csproj = File.ReadAllText(Path.Combine(Repository.Root(), "tools", "Audit.Verify", "Audit.Verify.csproj"));

        Assert.That(ProjectReference().Matches(csproj).Select(m => m.Groups["name"].Value), Is.EquivalentTo(new[] { "Infrastructure.Audit" }));
    }

    [Test]
    public void Api_may_reference_every_inner_layer() =>
        Assert.That(
            References(Layer.Api).Where(n => n.StartsWith("SocialCare.", StringComparison.Ordinal)),
            Is.SubsetOf(new[] { "SocialCare.Domain", "SocialCare.Application", "SocialCare.Infrastructure.Mosaic" }));

    [Test]
    public void No_project_in_src_references_api_but_the_runnable_host()
    {
        var referencing = Directory.GetFiles(Path.Combine(Repository.Root(), "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(csproj => File.ReadAllText(csproj).Contains(@"Api\Api.csproj", StringComparison.Ordinal)
                || File.ReadAllText(csproj).Contains("Api/Api.csproj", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension);

        Assert.That(referencing, Is.SubsetOf(new[] { "Host" }));
    }

    [Test]
    public void No_project_in_src_or_tools_references_the_sandbox_but_the_runnable_host() =>
        Assert.That(ProjectsReferencing("Mosaic.Sandbox.csproj", "src", "tools"), Is.SubsetOf(new[] { "Host" }));

    [Test]
    public void No_project_in_src_or_tools_references_a_benchmark_project()
    {
        var benchmarkProjects = Directory.GetFiles(Path.Combine(Repository.Root(), "benchmarks"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .ToList();

        Assert.That(benchmarkProjects, Does.Contain("SocialCare.Baseline.csproj"), "a scan that finds no benchmark project proves nothing");
        Assert.That(benchmarkProjects.SelectMany(project => ProjectsReferencing(project!, "src", "tools")), Is.Empty);
    }

    [Test]
    public void Runnable_host_references_only_the_api_the_audit_store_the_shared_rate_limit_the_opentelemetry_package_the_sandbox_and_the_dialects()
    {
        var csproj = File.ReadAllText(Path.Combine(Repository.Root(), "src", "Host", "Host.csproj"));

        Assert.That(ProjectReference().Matches(csproj).Select(m => m.Groups["name"].Value), Is.EquivalentTo(new[] { "Api", "Infrastructure.Audit", "Infrastructure.Redis", "Mosaic.Sandbox", "Infrastructure.OpenTelemetry" }.Concat(LayerTests.DialectProjects())));
    }

    [Test]
    public void Sandbox_references_no_project_of_the_library()
    {
        Assert.That(References(typeof(SocialCare.Mosaic.Sandbox.MosaicSandbox).Assembly).Where(n => n.StartsWith("SocialCare.", StringComparison.Ordinal)), Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(Repository.Root(), "src", "Mosaic.Sandbox", "Mosaic.Sandbox.csproj")), Does.Not.Contain("ProjectReference"));
    }

    [Test]
    public void Connectivity_check_tool_uses_only_application_the_mosaic_adapter_and_its_dialects()
    {
        var csproj = File.ReadAllText(Path.Combine(Repository.Root(), "tools", "Mosaic.Check", "Mosaic.Check.csproj"));
        var references = ProjectReference().Matches(csproj).Select(m => m.Groups["name"].Value);

        Assert.That(references, Is.EquivalentTo(new[] { "Application", "Infrastructure.Mosaic" }.Concat(DialectProjects())));
    }

    /// <summary>Every dialect project in src (<c>src/Infrastructure.Mosaic.Dialects.*</c>), by its csproj.</summary>
    public static IEnumerable<string> DialectProjects() =>
        Directory.GetFiles(Path.Combine(Repository.Root(), "src"), "Infrastructure.Mosaic.Dialects.*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [Test]
    public void Dialect_scan_finds_the_dialects_of_src() =>
        Assert.That(DialectProjects(), Is.SupersetOf(new[] { "Infrastructure.Mosaic.Dialects.ClientSummary", "Infrastructure.Mosaic.Dialects.DataLinks" }), "a scan that finds no dialect proves nothing");

    [TestCaseSource(nameof(DialectProjects))]
    public void Dialect_project_references_only_domain_application_and_infrastructure_mosaic(string project)
    {
        var csproj = File.ReadAllText(Path.Combine(Repository.Root(), "src", project, project + ".csproj"));

        Assert.That(ProjectReference().Matches(csproj).Select(m => m.Groups["name"].Value), Is.SubsetOf(new[] { "Domain", "Application", "Infrastructure.Mosaic" }));
        Assert.That(csproj, Does.Not.Contain("<PackageReference"), "a dialect needs nothing the seam does not give it");
    }

    [TestCaseSource(nameof(DialectAssemblies))]
    public void Dialect_assembly_uses_only_the_seam_of_this_library(Type dialect) =>
        Assert.That(
            References(dialect.Assembly).Where(n => n.StartsWith("SocialCare.", StringComparison.Ordinal)),
            Is.SubsetOf(new[] { "SocialCare.Domain", "SocialCare.Application", "SocialCare.Infrastructure.Mosaic" }));

    /// <remarks>
    /// No reflection in a dialect's own code, so no reading of the library's internals: only its source-generated
    /// JSON context, whose generated code asks for attribute providers, may name System.Reflection.
    /// </remarks>
    [TestCaseSource(nameof(DialectAssemblies))]
    public void Dialect_code_uses_no_reflection(Type dialect)
    {
        var result = Types.InAssembly(dialect.Assembly)
            .That().DoNotInherit(typeof(System.Text.Json.Serialization.JsonSerializerContext))
            .ShouldNot().HaveDependencyOnAny("System.Reflection", "System.Runtime.CompilerServices.UnsafeAccessorAttribute")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Mosaic_adapter_shows_its_internals_to_no_dialect() =>
        Assert.That(
            Layer.InfrastructureMosaic.Assembly().GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName),
            Has.None.Contains("Dialects"));

    [Test]
    public void Reference_scan_sees_a_reference_that_exists() =>
        Assert.That(ProjectsReferencing("Infrastructure.Mosaic.csproj", "src", "tools"), Does.Contain("Api"), "a scan that cannot fail proves nothing");

    private static IEnumerable<Type> DialectAssemblies() =>
    [
        typeof(SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.ClientSummaryDialect),
        typeof(SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.DataLinksDialect),
    ];

    private static IEnumerable<string?> ProjectsReferencing(string project, params string[] folders) =>
        folders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Repository.Root(), folder), "*.csproj", SearchOption.AllDirectories))
            .Where(csproj => ProjectReference().Matches(File.ReadAllText(csproj)).Any(m => m.Groups["name"].Value + ".csproj" == project))
            .Select(Path.GetFileNameWithoutExtension);

    // <ProjectReference Include="..\Application\Application.csproj" /> → Application
    [GeneratedRegex(@"<ProjectReference\s+Include=""[^""]*?(?<name>[A-Za-z.]+)\.csproj""", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectReference();

    private static string[] References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    private static string[] References(Layer layer) =>
        [.. layer.Assembly().GetReferencedAssemblies().Select(a => a.Name!)];

    // The shared framework's own assemblies (System.*, netstandard) live in the runtime's directory; packages do not.
    private static bool IsNotFramework(string assemblyName)
    {
        try
        {
            var location = Assembly.Load(assemblyName).Location;
            return !location.StartsWith(FrameworkDirectory, StringComparison.Ordinal);
        }
        catch (FileNotFoundException)
        {
            return true;
        }
    }
}
