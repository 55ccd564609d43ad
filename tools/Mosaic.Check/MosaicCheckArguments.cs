namespace SocialCare.Mosaic.Check;

/// <summary>
/// The tool's arguments: <c>--authority</c>, <c>--nhs-number</c> (or <c>--configuration-only</c>), an optional <c>--config</c> file, and
/// configuration overrides <c>--SocialCare:key=value</c> (or <c>--SocialCare:key value</c>).
/// </summary>
internal sealed class MosaicCheckArguments
{
    private const string OverridePrefix = "--SocialCare:";

    public string? Authority { get; private set; }

    public string? NhsNumber { get; private set; }

    public string? ConfigPath { get; private set; }

    public bool Help { get; private set; }

    /// <summary>Only bind and validate the configuration: no NHS number, no request to the council.</summary>
    public bool ConfigurationOnly { get; private set; }

    public Dictionary<string, string?> Overrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The arguments, or the reason they cannot be used. A reason never repeats a value given.</summary>
    public static (MosaicCheckArguments? Arguments, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var parsed = new MosaicCheckArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            string? Value()
            {
                if (equals >= 0)
                {
                    return arg[(equals + 1)..];
                }

                return i + 1 < args.Count ? args[++i] : null;
            }

            if (name is "--help" or "-h" or "-?")
            {
                parsed.Help = true;
                continue;
            }

            if (name == "--configuration-only")
            {
                parsed.ConfigurationOnly = true;
                continue;
            }

            if (name.StartsWith(OverridePrefix, StringComparison.OrdinalIgnoreCase) && name.Length > OverridePrefix.Length)
            {
                var value = Value();
                if (value is null)
                {
                    return (null, $"{name} needs a value (--{name[2..]}=value).");
                }

                parsed.Overrides[name[2..]] = value;
                continue;
            }

            switch (name)
            {
                case "--authority":
                    parsed.Authority = Value();
                    if (string.IsNullOrWhiteSpace(parsed.Authority))
                    {
                        return (null, "--authority needs a GSS code, such as E09000015.");
                    }

                    break;
                case "--nhs-number":
                    parsed.NhsNumber = Value();
                    if (string.IsNullOrWhiteSpace(parsed.NhsNumber))
                    {
                        return (null, "--nhs-number needs the test NHS number agreed with the council.");
                    }

                    break;
                case "--config":
                    parsed.ConfigPath = Value();
                    if (string.IsNullOrWhiteSpace(parsed.ConfigPath))
                    {
                        return (null, "--config needs the path of a JSON configuration file.");
                    }

                    break;
                default:
                    // Only an option's name is repeated: a stray value could be a secret or an NHS number.
                    return (null, name.StartsWith('-') ? $"Unknown option {name}." : $"Unexpected value at position {i + 1}.");
            }
        }

        if (parsed.Help)
        {
            return (parsed, null);
        }

        if (parsed.Authority is null)
        {
            return (null, "--authority is required.");
        }

        if (parsed.ConfigurationOnly)
        {
            return parsed.NhsNumber is null ? (parsed, null) : (null, "--configuration-only sends nothing to the council: leave out --nhs-number.");
        }

        return parsed.NhsNumber is null ? (null, "--nhs-number is required (or --configuration-only).") : (parsed, null);
    }
}
