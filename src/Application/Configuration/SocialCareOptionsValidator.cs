using System.Globalization;
using Microsoft.Extensions.Options;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Configuration;

/// <summary>
/// Stops the host at start-up, naming the key, when the regions or authorities cannot be right: a duplicate, an
/// authority in a region that does not exist, a malformed GSS code, a deadline that is not positive.
/// </summary>
internal sealed class SocialCareOptionsValidator : IValidateOptions<SocialCareOptions>
{
    private const string Section = SocialCareOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SocialCareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.Deadline <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Deadline must be greater than zero (it is {options.Deadline}).");
        }

        if (options.SupportUrl is { } support && (!support.IsAbsoluteUri || support.Scheme is not ("https" or "http")))
        {
            failures.Add($"{Section}:SupportUrl must be an absolute http or https address.");
        }

        var regionIds = ValidateRegions(options.Regions, failures);
        ValidateAuthorities(options.LocalAuthorities, regionIds, failures);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static HashSet<string> ValidateRegions(IList<RegionOptions> regions, List<string> failures)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < regions.Count; i++)
        {
            var key = Key("Regions", i);
            var region = regions[i];
            if (string.IsNullOrWhiteSpace(region.Id))
            {
                failures.Add($"{key}:Id is required.");
            }
            else if (!ids.Add(region.Id))
            {
                failures.Add($"{key}:Id '{region.Id}' is a duplicate: each region is configured once.");
            }

            if (string.IsNullOrWhiteSpace(region.Name))
            {
                failures.Add($"{key}:Name is required.");
            }
        }

        return ids;
    }

    private static void ValidateAuthorities(IList<LocalAuthorityOptions> authorities, HashSet<string> regionIds, List<string> failures)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < authorities.Count; i++)
        {
            var key = Key("LocalAuthorities", i);
            var authority = authorities[i];
            if (!GssCode.Create(authority.Code).IsValid)
            {
                failures.Add($"{key}:Code '{authority.Code}' is not a GSS code (a capital letter and eight digits, such as E09000013).");
            }
            else if (!codes.Add(authority.Code))
            {
                failures.Add($"{key}:Code '{authority.Code}' is a duplicate: each local authority is configured once.");
            }

            if (string.IsNullOrWhiteSpace(authority.Name))
            {
                failures.Add($"{key}:Name is required.");
            }

            if (!regionIds.Contains(authority.Region))
            {
                failures.Add($"{key}:Region '{authority.Region}' is not the Id of any entry in {Section}:Regions.");
            }
        }
    }

    private static string Key(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{Section}:{list}:{index}");
}
