namespace SocialCare.ScaleOut.Tests.Support;

/// <summary>Where the Host and the audit tool were built: the repository's own output folders, in this run's configuration.</summary>
internal static class BuildOutput
{
    public static string HostDll => Dll("src/Host", "SocialCare.Host.dll");

    public static string AuditToolDll => Dll("tools/Audit.Verify", "SocialCare.Audit.Verify.dll");

    private static string Dll(string project, string file)
    {
        // This assembly lives in tests/SocialCare.ScaleOut.Tests/bin/<Configuration>/<framework>/.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SocialCare.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("SocialCare.sln not found above " + here.FullName), project, "bin", configuration, framework, file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{file} is not built at {path}", path);
    }
}
