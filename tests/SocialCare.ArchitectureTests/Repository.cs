namespace SocialCare.ArchitectureTests;

internal static class Repository
{
    /// <summary>The folder holding SocialCare.sln, found upwards from the test assembly.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialCare.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SocialCare.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The files below a folder of the repository (relative to its root), leaving out build output.</summary>
    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(Root(), folder), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
