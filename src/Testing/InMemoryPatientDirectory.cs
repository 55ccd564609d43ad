using System.Collections.Concurrent;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Testing;

/// <summary>
/// The host's <see cref="IPatientDirectory"/>, in memory: the facts for each patient and viewer a test adds; any other
/// pair is unknown (null), as a host answers for a patient on whom the viewer holds no grant.
/// </summary>
public sealed class InMemoryPatientDirectory : IPatientDirectory
{
    private readonly ConcurrentDictionary<(string Patient, string Viewer), PatientFacts> _facts = new();
    private Exception? _failure;
    private int _lookups;

    /// <summary>How many times the library asked.</summary>
    public int Lookups => _lookups;

    /// <summary>States what the directory knows about <paramref name="patientId"/> as seen by <paramref name="viewerId"/>.</summary>
    /// <param name="patientId">PKB's patient id.</param>
    /// <param name="viewerId">The viewer's id (their token's subject).</param>
    /// <param name="facts">The facts, for example from <see cref="PatientFactsBuilder"/>.</param>
    /// <returns>This directory.</returns>
    public InMemoryPatientDirectory Add(string patientId, string viewerId, PatientFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _facts[(patientId, viewerId)] = facts;
        return this;
    }

    /// <summary>Every lookup from now on throws <paramref name="failure"/>, as a host's directory that is down.</summary>
    /// <param name="failure">The exception to throw.</param>
    public void FailWith(Exception failure) => _failure = failure;

    /// <inheritdoc />
    public Task<PatientFacts?> FindAsync(PatientId patient, ViewerId viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(viewer);
        Interlocked.Increment(ref _lookups);
        if (_failure is { } failure)
        {
            return Task.FromException<PatientFacts?>(failure);
        }

        return Task.FromResult(_facts.TryGetValue((patient.Value, viewer.Value), out var facts) ? facts : null);
    }
}
