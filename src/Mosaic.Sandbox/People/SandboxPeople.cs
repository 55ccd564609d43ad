using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Mosaic.Sandbox.People;

/// <summary>The Mosaic persons the sandbox serves: the seed's, plus any added at run time.</summary>
public sealed class SandboxPeople
{
    private readonly Lock _lock = new();
    private readonly SandboxSeed _seed;
    private List<StoredPerson> _people = [];

    internal SandboxPeople(SandboxSeed seed)
    {
        _seed = seed;
        Reset();
    }

    /// <summary>Everyone served, without NHS numbers.</summary>
    public IReadOnlyList<SandboxPerson> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _people.Select(p => new SandboxPerson(p.PatientId, p.Authority, p.PersonId))];
            }
        }
    }

    /// <summary>
    /// Adds a Mosaic person at <paramref name="authorityCode"/> (the record's own authority is ignored). A second
    /// person with the same NHS number at one authority makes the lookup answer several persons.
    /// </summary>
    public void Add(string authorityCode, string nhsNumber, SeedRecord record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorityCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(nhsNumber);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.PersonId, nameof(record));
        var person = new StoredPerson(authorityCode, nhsNumber, null, record);
        lock (_lock)
        {
            _people = [.. _people, person];
        }
    }

    /// <summary>Removes everyone, seed included: every authority then answers "not found".</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _people = [];
        }
    }

    /// <summary>Back to the seed's people.</summary>
    public void Reset()
    {
        var people = new List<StoredPerson>();
        foreach (var patient in _seed.Patients.Where(p => p.NhsNumber is not null))
        {
            foreach (var record in patient.Records.Where(r => r.Authority is not null))
            {
                people.Add(new StoredPerson(record.Authority!, patient.NhsNumber!, patient.PatientId, record));
            }
        }

        lock (_lock)
        {
            _people = people;
        }
    }

    internal IReadOnlyList<StoredPerson> FindByNhsNumber(string authority, string nhsNumber) =>
        [.. Snapshot().Where(p => SameAuthority(p, authority) && p.NhsNumber == nhsNumber)];

    internal StoredPerson? FindById(string authority, string personId) =>
        Snapshot().FirstOrDefault(p => SameAuthority(p, authority) && p.PersonId == personId);

    private static bool SameAuthority(StoredPerson person, string authority) =>
        string.Equals(person.Authority, authority, StringComparison.OrdinalIgnoreCase);

    private List<StoredPerson> Snapshot()
    {
        lock (_lock)
        {
            return _people;
        }
    }
}
