namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// The corpus: the mutation table applied to every member of the contract's DTOs (<see cref="ItemMutations"/>,
/// <see cref="EnvelopeMutations"/>), and what goes wrong below the JSON (<see cref="TransportCases"/>). Every row states
/// its expected outcome.
/// </summary>
internal static class HostileCorpus
{
    public static IReadOnlyList<HostileCase> All() =>
        [.. ItemMutations.All(), .. EnvelopeMutations.All(), .. TransportCases.All()];
}
