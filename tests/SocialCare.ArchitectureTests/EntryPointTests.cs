using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCare.ArchitectureTests;

/// <summary>
/// Each layer has one entry point, a static <c>…ServiceCollectionExtensions</c> class in the namespace a host already
/// imports, with its <c>Add…</c> method; their names are unique across the assemblies so that a host can name any.
/// </summary>
public class EntryPointTests
{
    private const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

    [TestCase(Layer.Application, "SocialCareApplicationServiceCollectionExtensions")]
    [TestCase(Layer.InfrastructureMosaic, "SocialCareMosaicServiceCollectionExtensions")]
    [TestCase(Layer.InfrastructureAudit, "SocialCareAuditServiceCollectionExtensions")]
    [TestCase(Layer.Api, "SocialCareServiceCollectionExtensions")]
    public void Layer_has_one_public_static_entry_point_in_the_dependency_injection_namespace(Layer layer, string name)
    {
        var entryPoints = EntryPoints(layer);

        Assert.That(entryPoints.Select(t => t.FullName), Is.EqualTo(new[] { $"{DependencyInjectionNamespace}.{name}" }));
        Assert.That(entryPoints[0].IsAbstract && entryPoints[0].IsSealed, Is.True, "static");
    }

    [TestCase(Layer.Application)]
    [TestCase(Layer.InfrastructureMosaic)]
    [TestCase(Layer.InfrastructureAudit)]
    [TestCase(Layer.Api)]
    public void Entry_point_offers_add_extension_methods_one_at_least_on_the_service_collection(Layer layer)
    {
        // Opt-in additions to another builder (Infrastructure.Mosaic's health checks) may sit beside it.
        var methods = EntryPoints(layer).SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)).ToList();

        Assert.That(methods.Where(m => !m.Name.StartsWith("Add", StringComparison.Ordinal) || !m.IsDefined(typeof(ExtensionAttribute))).Select(m => m.Name), Is.Empty);
        Assert.That(methods.Where(m => m.GetParameters()[0].ParameterType == typeof(IServiceCollection)).Select(m => m.Name), Is.Not.Empty);
    }

    // The OpenTelemetry package follows the OpenTelemetry instrumentation packages' convention instead: one
    // AddSocialCareInstrumentation on each provider builder, in the builder's own namespace, and nothing else public.
    [Test]
    public void OpenTelemetry_package_offers_only_add_social_care_instrumentation_on_each_provider_builder()
    {
        var types = Layer.InfrastructureOpenTelemetry.Assembly().GetExportedTypes();
        var methods = types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)).ToList();

        Assert.That(
            types.Select(t => t.FullName),
            Is.EquivalentTo(new[] { "OpenTelemetry.Trace.SocialCareTracerProviderBuilderExtensions", "OpenTelemetry.Metrics.SocialCareMeterProviderBuilderExtensions" }));
        Assert.That(
            methods.Select(m => (m.Name, m.GetParameters()[0].ParameterType.FullName, m.IsDefined(typeof(ExtensionAttribute)))),
            Is.EquivalentTo(new[]
            {
                ("AddSocialCareInstrumentation", "OpenTelemetry.Trace.TracerProviderBuilder", true),
                ("AddSocialCareInstrumentation", "OpenTelemetry.Metrics.MeterProviderBuilder", true),
            }));
    }

    [Test]
    public void Domain_has_no_entry_point() => Assert.That(EntryPoints(Layer.Domain), Is.Empty);

    [Test]
    public void Public_type_names_are_unique_across_the_layers()
    {
        var shared = Layers.All
            .SelectMany(layer => layer.Assembly().GetExportedTypes())
            .GroupBy(t => t.FullName)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.That(shared, Is.Empty);
    }

    private static List<Type> EntryPoints(Layer layer) =>
        [.. layer.Assembly().GetExportedTypes().Where(t => t.Name.EndsWith("ServiceCollectionExtensions", StringComparison.Ordinal))];
}
