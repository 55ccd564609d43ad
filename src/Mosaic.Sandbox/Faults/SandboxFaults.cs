using System.Globalization;

namespace SocialCare.Mosaic.Sandbox.Faults;

/// <summary>The faults in force; changes apply to the next request.</summary>
public sealed class SandboxFaults
{
    internal const string RuntimeOrigin = "runtime";
    internal const string SettingsOrigin = "settings";
    internal const string ConfigurationOrigin = "configuration";
    internal const string SeedOrigin = "seed";

    private readonly Lock _lock = new();
    private readonly List<FaultEntry> _entries = [];
    private List<(SandboxFault Fault, string Origin)> _initial;
    private long _nextId;

    internal SandboxFaults(IReadOnlyList<(SandboxFault Fault, string Origin)> initial)
    {
        _initial = [.. initial];
        Reset();
    }

    /// <summary>A snapshot of the faults in force, in the order they were added.</summary>
    public IReadOnlyList<SandboxActiveFault> Active
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries.Select(e => new SandboxActiveFault(e.Id, e.Fault, e.Origin, e.Remaining))];
            }
        }
    }

    /// <summary>Adds a fault and returns the id to remove it by.</summary>
    public string Add(SandboxFault fault) => Add(fault, RuntimeOrigin);

    /// <summary>Removes one fault; false when no fault has that id.</summary>
    public bool Remove(string id)
    {
        lock (_lock)
        {
            return _entries.RemoveAll(e => e.Id == id) > 0;
        }
    }

    /// <summary>Removes every fault, including those of the settings and the seed.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    /// <summary>Back to the faults of the settings (as last reloaded) and the seed.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _entries.Clear();
            foreach (var (fault, origin) in _initial)
            {
                Add(fault, origin);
            }
        }
    }

    internal string Add(SandboxFault fault, string origin)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (fault.Times is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), "Times must be positive when set.");
        }

        lock (_lock)
        {
            var id = "f" + (++_nextId).ToString(CultureInfo.InvariantCulture);
            _entries.Add(new FaultEntry(id, fault, origin, SandboxSequence.Next()) { Remaining = fault.Times });
            return id;
        }
    }

    /// <summary>Replaces every fault of one origin; configuration reloads use it.</summary>
    internal void Replace(string origin, IEnumerable<SandboxFault> faults)
    {
        var replacements = faults.ToList();
        lock (_lock)
        {
            _initial = [.. _initial.Where(i => i.Origin != origin), .. replacements.Select(f => (f, origin))];
            _entries.RemoveAll(e => e.Origin == origin);
            foreach (var fault in replacements)
            {
                Add(fault, origin);
            }
        }
    }

    internal IReadOnlyList<FaultEntry> Matching(string authority, string resource, string? nhsNumber)
    {
        var isToken = resource == SandboxResources.Token;
        lock (_lock)
        {
            return [.. _entries.Where(e => Matches(e.Fault, authority, resource, isToken, nhsNumber))];
        }
    }

    /// <summary>Counts one use of a fault limited by <see cref="SandboxFault.Times"/>; false when it is used up.</summary>
    internal bool TryUse(FaultEntry entry)
    {
        lock (_lock)
        {
            if (entry.Remaining is null)
            {
                return _entries.Contains(entry);
            }

            if (entry.Remaining <= 0 || !_entries.Contains(entry))
            {
                return false;
            }

            entry.Remaining--;
            if (entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            return true;
        }
    }

    private static bool Matches(SandboxFault fault, string authority, string resource, bool isToken, string? nhsNumber)
    {
        if (fault.Authority is not null && !string.Equals(fault.Authority, authority, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (fault.NhsNumber is not null && fault.NhsNumber != nhsNumber)
        {
            return false;
        }

        if (isToken)
        {
            return fault.Kind == SandboxFaultKind.TokenRefused
                ? fault.Resource is null or SandboxResources.Token
                : fault.Resource == SandboxResources.Token
                    && fault.Kind is not (SandboxFaultKind.InvalidToken or SandboxFaultKind.ExpiredToken);
        }

        return fault.Kind != SandboxFaultKind.TokenRefused
            && (fault.Resource is null || string.Equals(fault.Resource, resource, StringComparison.OrdinalIgnoreCase));
    }
}
