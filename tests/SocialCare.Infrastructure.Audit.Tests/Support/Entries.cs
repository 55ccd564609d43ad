using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Infrastructure.Audit.Tests.Support;

/// <summary>Audit entries as the audit behaviour makes them.</summary>
internal static class Entries
{
    public static SocialCareAuditEntry View(
        string patient = "patient-1",
        string viewer = "viewer-1",
        DateTimeOffset? at = null,
        AuditSurface surface = AuditSurface.Record,
        string trueOutcome = "social-care.shown",
        string? answered = null,
        IReadOnlyList<ViewerRelationship>? relationships = null,
        IReadOnlyList<string>? authorities = null,
        string? traceId = "0af7651916cd43dd8448eb211c80319c")
    {
        var when = at ?? new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        return new(
            Guid.CreateVersion7(when),
            when,
            ViewerId.Create(viewer).Value,
            relationships ?? [ViewerRelationship.Carer],
            PatientId.Create(patient).Value,
            surface,
            authorities ?? ["E09000013"],
            trueOutcome,
            answered ?? trueOutcome,
            traceId);
    }

    public static async Task WriteAsync(this SqlAuditStore store, int count, string patient = "patient-1", DateTimeOffset? from = null)
    {
        var start = from ?? new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            await store.WriteAsync(View(patient: patient, at: start.AddMinutes(i)), CancellationToken.None);
        }
    }
}
