using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Mosaic.Sandbox.Seed;

/// <summary>
/// The synthetic people the sandbox serves and the host's demo directory reads: one file, <c>seed.json</c>,
/// embedded in this assembly.
/// </summary>
public sealed record SandboxSeed
{
    private const string ResourceName = "SocialCare.Mosaic.Sandbox.seed.json";

    internal static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    /// <summary>The patients, demo and otherwise.</summary>
    public IReadOnlyList<SeedPatient> Patients { get; init; } = [];

    /// <summary>The seed embedded in this assembly, with generated items expanded.</summary>
    public static SandboxSeed LoadDefault()
    {
        using var stream = typeof(SandboxSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Load(stream);
    }

    /// <summary>A seed file in the same format as the embedded one, with generated items expanded.</summary>
    public static SandboxSeed Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>A seed read from a stream, with generated items expanded.</summary>
    public static SandboxSeed Load(Stream stream)
    {
        var seed = JsonSerializer.Deserialize<SandboxSeed>(stream, JsonOptions)
            ?? throw new InvalidDataException("The seed is empty.");
        return seed with
        {
            Patients = [.. seed.Patients.Select(p => p with { Records = [.. p.Records.Select(SeedGenerator.Expand)] })],
        };
    }

    /// <summary>The patient with that id, or null.</summary>
    public SeedPatient? Find(string patientId) =>
        Patients.FirstOrDefault(p => string.Equals(p.PatientId, patientId, StringComparison.Ordinal));

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
