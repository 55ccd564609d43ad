using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Abstractions;

/// <summary>What the host knows about a patient, from one viewer's side.</summary>
/// <param name="Grants">Every way the viewer is related to the patient, each with the labels it holds.</param>
/// <param name="Teams">The teams the patient is linked to; their regions decide the pilot.</param>
/// <param name="RecordedNhsNumber">The NHS number as recorded in PKB, unchecked; null or blank when none is recorded.</param>
/// <param name="OwnAuthorities">
/// The GSS codes of the local authorities the host knows the patient belongs to, or null when it does not know.
/// When given, only these are asked (data minimisation, ADR 0003); an empty list means none is asked.
/// </param>
public sealed record PatientFacts(
    IReadOnlyList<Grant> Grants,
    IReadOnlyList<PatientTeam> Teams,
    string? RecordedNhsNumber,
    IReadOnlyList<string>? OwnAuthorities = null)
{
    // The recorded NHS number is unchecked text, so no masking type protects it: keep it out of the printout.
    /// <summary>Counts only: never the NHS number, which is unchecked text here.</summary>
    public override string ToString() =>
        $"PatientFacts {{ Grants = {Grants.Count}, Teams = {Teams.Count}, " +
        $"NhsNumberRecorded = {!string.IsNullOrWhiteSpace(RecordedNhsNumber)}, OwnAuthorities = {OwnAuthorities?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} }}";
}
