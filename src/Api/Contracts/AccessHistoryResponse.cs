namespace SocialCare.Api.Contracts;

/// <summary>
/// The JSON contract of a 200 from <c>GET …/api/v1/patients/{patientId}/social-care/access-history</c> (spec §7): one
/// page of every attempt on the patient's social care information, newest first.
/// </summary>
/// <param name="OlderBefore">
/// When older entries follow, the value to send as <c>before</c> for the next page (the last item's <c>id</c>); else null.
/// </param>
public sealed record AccessHistoryResponse(string PatientId, IReadOnlyList<AccessHistoryItemResponse> Items, Guid? OlderBefore);
