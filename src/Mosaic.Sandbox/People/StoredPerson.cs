using System.Text.Json.Nodes;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Mosaic.Sandbox.People;

/// <summary>
/// A person as served. Items are kept as JSON text and parsed per response, so concurrent requests never share
/// a mutable node.
/// </summary>
internal sealed class StoredPerson
{
    public StoredPerson(string authority, string nhsNumber, string? patientId, SeedRecord record)
    {
        Authority = authority;
        NhsNumber = nhsNumber;
        PatientId = patientId;
        PersonId = record.PersonId;
        Consent = record.Consent;
        CaseStatus = record.CaseStatus;
        var expanded = SeedGenerator.Expand(record);
        Lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [SandboxResources.WorkerRelationships] = Texts(expanded.WorkerRelationships),
            [SandboxResources.ServiceAgreements] = Texts(expanded.ServiceAgreements),
            [SandboxResources.Assessments] = Texts(expanded.Assessments),
            [SandboxResources.CaseNotes] = Texts(expanded.CaseNotes),
            [SandboxResources.CommunicationNeeds] = Texts(expanded.CommunicationNeeds),
        };
    }

    public string Authority { get; }

    public string NhsNumber { get; }

    public string? PatientId { get; }

    public string PersonId { get; }

    public string? Consent { get; }

    public string? CaseStatus { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; }

    private static string[] Texts(JsonArray? items) =>
        items is null ? [] : [.. items.Select(item => item?.ToJsonString() ?? "null")];
}
