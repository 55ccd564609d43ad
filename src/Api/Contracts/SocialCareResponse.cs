namespace SocialCare.Api.Contracts;

/// <summary>The body of a 200 from <c>GET …/api/v1/patients/{patientId}/social-care</c> (spec §3).</summary>
public sealed record SocialCareResponse(
    string PatientId,
    DateTimeOffset RetrievedAt,
    IReadOnlyList<SourceResponse> Sources,
    IReadOnlyList<WarningResponse> Warnings);
