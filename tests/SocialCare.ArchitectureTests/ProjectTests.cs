using System.Reflection;
using System.Text.RegularExpressions;

namespace SocialCare.ArchitectureTests;

/// <summary>
/// The rules README.md and docs/architecture.md state about projects as files: a README in each, references that
/// never point outward, the mediator's generator in one project, and one copy of what the test projects share.
/// </summary>
public partial class ProjectTests
{
    // The test-folder libraries (IsTestProject false) that test projects may reference; no test project references another.
    private const string NotATestProject = "<IsTestProject>false</IsTestProject>";

    // Every project of the library's side: the layers, the Host, the sandbox and the tools.
    private static IEnumerable<string> LibraryProjects() =>
        new[] { "src", "tools" }
            .SelectMany(folder => Directory.GetDirectories(Path.Combine(Repository.Root(), folder)))
            .Where(directory => Directory.GetFiles(directory, "*.csproj").Length == 1)
            .Select(directory => Path.GetRelativePath(Repository.Root(), directory).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    [Test]
    public void Project_scan_sees_every_layer_the_host_the_sandbox_and_the_tools() =>
        Assert.That(
            LibraryProjects(),
            Is.SupersetOf(new[] { "src/Domain", "src/Application", "src/Infrastructure.Mosaic", "src/Infrastructure.Audit", "src/Api", "src/Host", "src/Mosaic.Sandbox", "tools/Mosaic.Check", "tools/Audit.Verify" }),
            "a scan that finds nothing proves nothing");

    [TestCaseSource(nameof(LibraryProjects))]
    public void Project_has_a_readme_saying_what_belongs_there(string project) =>
        Assert.That(File.Exists(Path.Combine(Repository.Root(), project, "README.md")), Is.True, $"{project}/README.md");

    [Test]
    public void File_conventions_are_checked_in_every_project_of_src_and_tools_and_in_the_test_support()
    {
        var expected = LibraryProjects().Append("tests/SocialCare.TestSupport").ToList();

        Assert.That(TestCaseFirstArguments(nameof(ConventionTests.Each_file_holds_one_public_type_named_like_the_file)), Is.SupersetOf(expected));
        Assert.That(TestCaseFirstArguments(nameof(ConventionTests.Namespaces_follow_folders)), Is.SupersetOf(expected));
    }

    // Each layer's csproj, as written: a reference the code does not use yet still points outward.
    [TestCase("Domain")]
    [TestCase("Application", "Domain")]
    [TestCase("Infrastructure.Mosaic", "Domain", "Application")]
    [TestCase("Infrastructure.Audit", "Domain", "Application")]
    [TestCase("Infrastructure.OpenTelemetry", "Application")]
    [TestCase("Testing", "Domain", "Application")]
    [TestCase("Api", "Domain", "Application", "Infrastructure.Mosaic")]
    public void Layer_project_references_only_inner_layers(string layer, params string[] inner) =>
        Assert.That(ProjectReferences(Path.Combine(Repository.Root(), "src", layer, layer + ".csproj")), Is.SubsetOf(inner));

    [Test]
    public void Mediator_source_generator_runs_in_the_application_only()
    {
        // Tests may run a generator of their own (Api.Tests' embedding host does, as a host would); the library has one.
        var referencing = new[] { "src", "tools", "benchmarks" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Repository.Root(), folder), "*.csproj", SearchOption.AllDirectories))
            .Where(csproj => File.ReadAllText(csproj).Contains("\"Mediator.SourceGenerator\"", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension);

        Assert.That(referencing, Is.EqualTo(new[] { "Application" }));
    }

    [Test]
    public void Test_projects_reference_no_other_test_project_and_link_no_files_of_another()
    {
        var testsFolder = Path.Combine(Repository.Root(), "tests");
        var projects = Directory.GetFiles(testsFolder, "*.csproj", SearchOption.AllDirectories);
        var libraries = projects.Where(csproj => File.ReadAllText(csproj).Contains(NotATestProject, StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        var breaches = projects
            .SelectMany(csproj => ProjectReferencePaths(csproj)
                .Where(path => path.StartsWith(testsFolder, StringComparison.Ordinal) && !libraries.Contains(Path.GetFileNameWithoutExtension(path)))
                .Select(path => $"{Path.GetFileName(csproj)} references {Path.GetFileName(path)}")
                .Concat(LinkedCompileItem().Matches(File.ReadAllText(csproj)).Select(m => $"{Path.GetFileName(csproj)} compiles {m.Groups["path"].Value}")));

        Assert.That(libraries, Does.Contain("SocialCare.TestSupport"), "a scan that finds no library proves nothing");
        Assert.That(breaches, Is.Empty);
    }

    [TestCase(@"^\s*(?:public|internal)\s+(?:sealed\s+|static\s+)*class\s+Demo\b")]
    [TestCase(@"^\s*(?:public|internal)\s+(?:sealed\s+|static\s+)*class\s+SpecSix\b")]
    [TestCase(@":\s*WebApplicationFactory<")]
    public void What_the_test_projects_share_is_declared_once_in_the_test_support(string declaration)
    {
        var declaring = Repository.Files("tests", "*.cs")
            .Where(file => Regex.IsMatch(File.ReadAllText(file), declaration, RegexOptions.Multiline))
            .Select(file => Path.GetRelativePath(Repository.Root(), file).Replace(Path.DirectorySeparatorChar, '/'));

        Assert.That(declaring.ToList(), Has.Count.EqualTo(1).And.All.StartsWith("tests/SocialCare.TestSupport/"));
    }

    private static IEnumerable<string> TestCaseFirstArguments(string method) =>
        typeof(ConventionTests).GetMethod(method)!.GetCustomAttributes<TestCaseAttribute>().Select(a => (string)a.Arguments[0]!);

    private static IEnumerable<string> ProjectReferences(string csproj) =>
        ProjectReferencePaths(csproj).Select(Path.GetFileNameWithoutExtension)!;

    private static IEnumerable<string> ProjectReferencePaths(string csproj) =>
        ProjectReference().Matches(File.ReadAllText(csproj))
            .Select(m => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(csproj)!, m.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar))));

    [GeneratedRegex(@"<ProjectReference\s+Include=""(?<path>[^""]+\.csproj)""", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectReference();

    // <Compile Include="..\Other\File.cs" />: a file of another folder compiled in; a shared type belongs in a library.
    [GeneratedRegex(@"<Compile\s+Include=""(?<path>\.\.[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedCompileItem();
}
