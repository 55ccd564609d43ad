namespace SocialCare.Api.Contracts;

/// <summary>
/// The JSON contract of a 200 from <c>GET …/api/v1/patients/{patientId}/social-care</c> (spec §3): its members are
/// the JSON's names, and its type name is the OpenAPI schema's.
/// </summary>
public sealed record SocialCareResponse(
    string PatientId,
    DateTimeOffset RetrievedAt,
    IReadOnlyList<SourceResponse> Sources,
    IReadOnlyList<WarningResponse> Warnings);
