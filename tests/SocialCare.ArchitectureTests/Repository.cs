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
}
