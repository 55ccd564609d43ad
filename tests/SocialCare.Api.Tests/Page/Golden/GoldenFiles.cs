namespace SocialCare.Api.Tests.Page.Golden;

/// <summary>
/// The page's states as they were, kept in <c>Files/</c> beside this source file, compared as parsed DOMs
/// (<see cref="HtmlDom"/>). The files are written on purpose only, never by an ordinary run: with
/// <c>SOCIALCARE_UPDATE_GOLDEN=1</c> in the environment (and never under <c>CI=true</c>) each test writes what it got
/// and then fails, so that a run which rewrites the files can never pass; a deliberate change to the page is committed
/// as a change to these files and read in review as one. README.md beside this file says how.
/// </summary>
internal static class GoldenFiles
{
    public const string UpdateVariable = "SOCIALCARE_UPDATE_GOLDEN";

    private static bool Updating =>
        Environment.GetEnvironmentVariable(UpdateVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true";

    /// <summary>Compares <paramref name="html"/> with the golden file <paramref name="name"/> (or writes it, and fails, when updating).</summary>
    /// <param name="masked">Whether what changes from run to run (instants, trace ids) is masked: true for pages from the Host.</param>
    public static void Check(string name, string html, bool masked = false)
    {
        var file = PathOf(name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, masked ? HtmlDom.MaskRaw(html) : html);
            Assert.Fail($"{name}.html written because {UpdateVariable}=1: review the change, then run again without it");
        }

        Assert.That(File.Exists(file), Is.True, $"no golden file {name}.html: see README.md in Page/Golden");
        HtmlDom.AssertEquivalent(File.ReadAllText(file), html, name, masked);
    }

    // Found from the repository, not the build: a reproducible build maps source paths away.
    private static string PathOf(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialCare.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "SocialCare.Api.Tests", "Page", "Golden", "Files", name + ".html");
            }
        }

        throw new InvalidOperationException("SocialCare.sln not found above " + AppContext.BaseDirectory);
    }
}
