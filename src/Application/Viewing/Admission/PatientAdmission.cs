using FluentResults;
using Microsoft.Extensions.Logging;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Auditing;
using SocialCare.Application.Errors;
using SocialCare.Application.Policies;
using SocialCare.Application.Telemetry;
using SocialCare.Application.Viewing.Deadline;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Viewing.Admission;

/// <summary>
/// Spec §1 steps 3–5, shared by the view and the tab so that both decide alike: ask the directory, then the access
/// policy, then the pilot policy; and steps 3–4 with the patient-only rule, for the access history. A directory that
/// fails or does not answer within the deadline gives unavailable.
/// </summary>
[UseCaseService]
internal sealed partial class PatientAdmission(
    IPatientDirectory directory, PilotPolicy pilotPolicy, SocialCareTelemetry telemetry, ILogger<PatientAdmission> logger)
{
    /// <param name="attempt">The audited attempt, told how the viewer stands to the patient; null for the tab, which is not audited.</param>
    /// <param name="patient">The patient asked about.</param>
    /// <param name="viewer">Who asks.</param>
    /// <param name="deadline">The view's deadline, which the directory is asked under.</param>
    internal async Task<Result<AdmittedPatient>> AdmitAsync(PatientId patient, ViewerId viewer, ViewDeadline deadline, Attempt? attempt = null)
    {
        var found = await FindAsync(patient, viewer, deadline, attempt).ConfigureAwait(false);
        if (found.IsFailed)
        {
            return Result.Fail(found.Errors);
        }

        var access = AccessPolicy.Evaluate(found.Value);
        if (access.IsFailed)
        {
            return Result.Fail(access.Errors);
        }

        // Access is never granted on an unknown patient, so the facts are known from here on.
        var facts = found.Value!;
        var pilot = pilotPolicy.Evaluate(facts, access.Value);
        if (pilot.IsFailed)
        {
            return Result.Fail(pilot.Errors);
        }

        return new AdmittedPatient(facts, access.Value, pilot.Value);
    }

    /// <summary>
    /// Steps 3–4 for what only the patient may read, whatever the pilot: anyone else, whatever their grants, and an
    /// unknown patient are denied exactly as the record denies them.
    /// </summary>
    internal async Task<Result> AdmitOnlyThePatientAsync(PatientId patient, ViewerId viewer, ViewDeadline deadline, Attempt attempt)
    {
        var found = await FindAsync(patient, viewer, deadline, attempt).ConfigureAwait(false);
        return found.IsFailed ? Result.Fail(found.Errors) : AccessPolicy.EvaluateOnlyThePatient(found.Value);
    }

    private async Task<Result<PatientFacts?>> FindAsync(PatientId patient, ViewerId viewer, ViewDeadline deadline, Attempt? attempt)
    {
        PatientFacts? facts;
        using var activity = telemetry.StartDirectory();
        try
        {
            // WaitAsync: a directory that ignores the token still cannot hold the view past its deadline.
            facts = await directory.FindAsync(patient, viewer, deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
        {
            LogDirectoryCutShort(logger, deadline.CallerGaveUp ? "the caller gave up" : "the deadline passed");
            SocialCareTelemetry.Failed(activity, deadline.CallerGaveUp ? nameof(UnavailableReason.Cancelled) : nameof(UnavailableReason.Deadline));
            return Result.Fail(new UnavailableError());
        }
        catch (Exception exception)
        {
            // The host's directory is a port: its failures are an expected answer here, not this library's bug.
            // Only the type is logged; an exception's message may carry the ids it was given.
            LogDirectoryFailed(logger, exception.GetType().FullName);
            SocialCareTelemetry.Failed(activity, exception.GetType().FullName ?? exception.GetType().Name);
            return Result.Fail(new UnavailableError());
        }

        if (facts is not null)
        {
            attempt?.Knows(facts.Grants);
        }

        return Result.Ok(facts);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "The patient directory failed ({ExceptionType}); answering unavailable")]
    private static partial void LogDirectoryFailed(ILogger logger, string? exceptionType);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "The patient directory had not answered when {Why}")]
    private static partial void LogDirectoryCutShort(ILogger logger, string why);
}
