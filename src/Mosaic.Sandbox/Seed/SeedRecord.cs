using System.Text.Json.Nodes;

namespace SocialCare.Mosaic.Sandbox.Seed;

/// <summary>
/// One Mosaic person at one authority. The five lists hold wire items verbatim, so an item that a client cannot
/// read (wrong JSON type, missing id, unknown status) can be seeded as it would arrive.
/// </summary>
public sealed record SeedRecord
{
    /// <summary>The authority's GSS code. Ignored by <see cref="People.SandboxPeople.Add"/>, which names it.</summary>
    public string? Authority { get; init; }

    /// <summary>Mosaic's id for the person at that authority.</summary>
    public string PersonId { get; init; } = "";

    /// <summary><c>consentToShareWithThirdParties</c> as served: <c>given</c>, <c>withheld</c>, … or null to leave it out.</summary>
    public string? Consent { get; init; } = "given";

    /// <summary><c>open</c> or <c>closed</c>.</summary>
    public string? CaseStatus { get; init; } = "open";

    /// <summary>Items of <c>worker-relationships</c>.</summary>
    public JsonArray? WorkerRelationships { get; init; }

    /// <summary>Items of <c>service-agreements</c>.</summary>
    public JsonArray? ServiceAgreements { get; init; }

    /// <summary>Items of <c>assessments</c>.</summary>
    public JsonArray? Assessments { get; init; }

    /// <summary>Items of <c>case-notes</c>.</summary>
    public JsonArray? CaseNotes { get; init; }

    /// <summary>Items of <c>communication-needs</c>.</summary>
    public JsonArray? CommunicationNeeds { get; init; }

    /// <summary>Synthetic items to add at load; null once expanded.</summary>
    public SeedGenerate? Generate { get; init; }
}
