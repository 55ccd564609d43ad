namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>What a member's absence does to its item (spec §4, docs/mosaic-contract.md "What is shown").</summary>
internal enum FieldRole
{
    /// <summary>Absent, null or blank: the item cannot be read (an envelope's: the authority is unavailable).</summary>
    Required,

    /// <summary>Absent or null: the item is shown without it.</summary>
    Optional,

    /// <summary>A worker relationship's type: absent or not one of the three shown types, the item is not shown.</summary>
    ShownType,

    /// <summary>A date the item needs: absent, it cannot be read.</summary>
    RequiredDate,

    /// <summary>A date the item may go without.</summary>
    OptionalDate,

    /// <summary>An end date: absent, the item is current; passed, it is not shown.</summary>
    EndDate,

    /// <summary>The person's id: absent, blank or a path segment of its own, the person search is malformed.</summary>
    PersonId,

    /// <summary>The person's consent: anything but <c>given</c>, not shared.</summary>
    Consent,
}
