using System.Text.Json;

namespace SocialCare.ArchitectureTests;

/// <summary>Secrets come from the environment or a secret store, never from a committed configuration file.</summary>
public class SecretsTests
{
    private static readonly string[] SecretKeys = ["ClientSecret", "ApiKey", "Password", "Key"];

    [Test]
    public void No_committed_configuration_file_holds_a_secret_but_the_sandboxs_synthetic_ones()
    {
        var found = ConfigurationFiles()
            .SelectMany(file => Secrets(JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }).RootElement)
                .Select(secret => $"{Path.GetRelativePath(Repository.Root(), file)}: {secret}"));

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Scan_reads_the_configuration_files_that_exist() =>
        Assert.That(ConfigurationFiles().Select(Path.GetFileName), Does.Contain("socialcare.north-west-london.json"));

    private static IEnumerable<string> ConfigurationFiles() =>
        new[] { "src", "tools" }
            .SelectMany(folder => Repository.Files(folder, "*.json"))
            .Where(file => (Path.GetFileName(file).StartsWith("appsettings", StringComparison.Ordinal) || Path.GetFileName(file).StartsWith("socialcare.", StringComparison.Ordinal)));

    private static IEnumerable<string> Secrets(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (SecretKeys.Contains(property.Name, StringComparer.OrdinalIgnoreCase)
                    && property.Value.ValueKind == JsonValueKind.String
                    && property.Value.GetString() is { Length: > 0 } value
                    && !value.StartsWith("sandbox-", StringComparison.Ordinal))
                {
                    yield return property.Name;
                }

                foreach (var nested in Secrets(property.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Secrets))
            {
                yield return item;
            }
        }
    }
}
