using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Mediator;
using NetArchTest.Rules;

namespace SocialCare.ArchitectureTests;

/// <summary>Cheap checks of the conventions in conventions.md.</summary>
public partial class ConventionTests
{
    [Test]
    public void Query_handlers_are_named_query_handler()
    {
        var handlers = Types.InAssembly(Layer.Application.Assembly()).That().ImplementInterface(typeof(IQueryHandler<,>));

        Assert.That(handlers.GetTypes().Count(), Is.EqualTo(QueryHandlers().Count).And.GreaterThanOrEqualTo(2), "the rule must see every handler");
        Assert.That(handlers.Should().HaveNameEndingWith("QueryHandler").GetResult().FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Query_handlers_are_sealed() =>
        Assert.That(QueryHandlers().Where(t => !t.IsSealed).Select(t => t.Name), Is.Empty);

    [Test]
    public void Queries_are_immutable()
    {
        var queries = Layer.Application.Assembly().GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>)))
            .ToList();
        var settable = queries
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));

        Assert.That(queries, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(settable.Select(p => $"{p.DeclaringType!.Name}.{p.Name}"), Is.Empty);
    }

    [TestCase("src/Domain")]
    [TestCase("src/Application")]
    [TestCase("src/Infrastructure.Mosaic")]
    [TestCase("src/Infrastructure.Audit")]
    [TestCase("src/Infrastructure.Redis")]
    [TestCase("src/Infrastructure.Mosaic.Dialects.ClientSummary")]
    [TestCase("src/Infrastructure.Mosaic.Dialects.DataLinks")]
    [TestCase("src/Infrastructure.OpenTelemetry")]
    [TestCase("src/Testing")]
    [TestCase("src/Api")]
    [TestCase("src/Mosaic.Sandbox")]
    [TestCase("src/Host")]
    [TestCase("tools/Mosaic.Check")]
    [TestCase("tools/Audit.Verify")]
    [TestCase("benchmarks/SocialCare.Baseline")]
    [TestCase("tests/SocialCare.TestSupport")]
    public void Each_file_holds_one_public_type_named_like_the_file(string project)
    {
        var mismatches = SourceFiles(project)
            .Select(file => (file, types: TopLevelPublicType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList()))
            .Where(x => x.types.Count > 1 || (x.types.Count == 1 && x.types[0] != Path.GetFileNameWithoutExtension(x.file)))
            .Select(x => $"{Path.GetFileName(x.file)}: {string.Join(", ", x.types)}");

        Assert.That(mismatches, Is.Empty);
    }

    [TestCase("src/Domain", "SocialCare.Domain")]
    [TestCase("src/Application", "SocialCare.Application")]
    [TestCase("src/Infrastructure.Mosaic", "SocialCare.Infrastructure.Mosaic")]
    [TestCase("src/Infrastructure.Audit", "SocialCare.Infrastructure.Audit")]
    [TestCase("src/Infrastructure.Redis", "SocialCare.Infrastructure.Redis")]
    [TestCase("src/Infrastructure.Mosaic.Dialects.ClientSummary", "SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary")]
    [TestCase("src/Infrastructure.Mosaic.Dialects.DataLinks", "SocialCare.Infrastructure.Mosaic.Dialects.DataLinks")]
    [TestCase("src/Infrastructure.OpenTelemetry", "SocialCare.Infrastructure.OpenTelemetry")]
    [TestCase("src/Testing", "SocialCare.Testing")]
    [TestCase("src/Api", "SocialCare.Api")]
    [TestCase("src/Mosaic.Sandbox", "SocialCare.Mosaic.Sandbox")]
    [TestCase("src/Host", "SocialCare.Host")]
    [TestCase("tools/Mosaic.Check", "SocialCare.Mosaic.Check")]
    [TestCase("tools/Audit.Verify", "SocialCare.Audit.Verify")]
    [TestCase("benchmarks/SocialCare.Baseline", "SocialCare.Baseline")]
    [TestCase("tests/SocialCare.TestSupport", "SocialCare.TestSupport")]
    public void Namespaces_follow_folders(string project, string rootNamespace)
    {
        var root = Path.Combine(Repository.Root(), project);
        var mismatches = SourceFiles(project)
            .Where(file => !InFrameworkNamespaceByConvention.Contains(Path.GetFileName(file)))
            .Select(file => (file, expected: Expected(root, rootNamespace, file), actual: FileScopedNamespace().Match(File.ReadAllText(file)).Groups["name"].Value))
            .Where(x => x.expected != x.actual)
            .Select(x => $"{Path.GetRelativePath(root, x.file)}: {x.actual} (expected {x.expected})");

        Assert.That(mismatches, Is.Empty);
    }

    [TestCase("src/Domain", null)]
    [TestCase("src/Application", "SocialCareApplicationServiceCollectionExtensions.cs")]
    [TestCase("src/Infrastructure.Mosaic", "SocialCareMosaicServiceCollectionExtensions.cs")]
    [TestCase("src/Infrastructure.Audit", "SocialCareAuditServiceCollectionExtensions.cs")]
    [TestCase("src/Infrastructure.Redis", "SocialCareRedisServiceCollectionExtensions.cs")]
    [TestCase("src/Infrastructure.Mosaic.Dialects.ClientSummary", "SocialCareMosaicClientSummaryServiceCollectionExtensions.cs")]
    [TestCase("src/Infrastructure.Mosaic.Dialects.DataLinks", "SocialCareMosaicDataLinksServiceCollectionExtensions.cs")]
    [TestCase("src/Infrastructure.OpenTelemetry", null)]
    [TestCase("src/Api", "SocialCareServiceCollectionExtensions.cs")]
    public void Each_layer_has_one_entry_point_named_for_what_it_adds_and_a_readme(string project, string? entryPoint)
    {
        var root = Path.Combine(Repository.Root(), project);

        Assert.That(File.Exists(Path.Combine(root, "README.md")), Is.True);
        Assert.That(
            SourceFiles(project).Select(Path.GetFileName).Where(f => f!.EndsWith("ServiceCollectionExtensions.cs", StringComparison.Ordinal)),
            Is.EqualTo(entryPoint is null ? Array.Empty<string>() : new[] { entryPoint }));
    }

    [Test]
    public void No_public_type_is_named_DependencyInjection()
    {
        // Several assemblies declaring one full name make it unnameable for a host that references them all (CS0433).
        var named = Layers.All.SelectMany(l => l.Assembly().GetExportedTypes()).Where(t => t.Name == "DependencyInjection");

        Assert.That(named.Select(t => t.AssemblyQualifiedName), Is.Empty);
    }

    // Host-facing extensions live in the namespace the host already imports; Program.cs is top-level statements.
    private static readonly string[] InFrameworkNamespaceByConvention =
        ["SocialCareApplicationServiceCollectionExtensions.cs", "SocialCareMosaicServiceCollectionExtensions.cs", "SocialCareServiceCollectionExtensions.cs",
            "SocialCareEndpointRouteBuilderExtensions.cs", "SocialCareAuditServiceCollectionExtensions.cs", "SocialCareRedisServiceCollectionExtensions.cs", "Program.cs",
            "SocialCareMosaicClientSummaryServiceCollectionExtensions.cs", "SocialCareMosaicDataLinksServiceCollectionExtensions.cs",
            "SocialCareTracerProviderBuilderExtensions.cs", "SocialCareMeterProviderBuilderExtensions.cs", "SocialCareConfigurationBuilderExtensions.cs"];

    private static List<Type> QueryHandlers() =>
    [
        .. Layer.Application.Assembly().GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>))),
    ];

    private static IEnumerable<string> SourceFiles(string project) => Repository.Files(project, "*.cs");

    private static string Expected(string root, string rootNamespace, string file)
    {
        var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
        return folder == "." ? rootNamespace : $"{rootNamespace}.{folder.Replace(Path.DirectorySeparatorChar, '.')}";
    }

    // Top-level declarations start at the beginning of a line (file-scoped namespaces); nested ones are indented.
    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:class|record\s+struct|record|interface|enum|struct)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
