using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// Stops the host at start-up, naming the key, when an authority cannot be reached as configured: an enabled one
/// without an https base URL outside sandbox mode, or attempts whose timeouts together take the whole of the view's
/// deadline or more (which would leave no time for the directory, back-off or the answer). Disabled authorities may
/// have no URL. Sandbox mode is refused outside the Development environment. An enabled authority outside sandbox mode needs credentials, and a circuit breaker Polly accepts.
/// </summary>
public sealed class MosaicOptionsValidator(IOptions<SocialCareOptions> socialCare, IHostEnvironment? environment = null) : IValidateOptions<MosaicOptions>
{
    private const string Section = SocialCareOptions.SectionName;
    private static readonly TimeSpan MinimumBreakerTime = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, MosaicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var deadline = socialCare.Value.Deadline;
        var failures = new List<string>();

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"{Section}:MaxResponseBytes must be greater than zero.");
        }

        if (options.MaxLookupBytes <= 0)
        {
            failures.Add($"{Section}:MaxLookupBytes must be greater than zero.");
        }
        else if (options.MaxLookupBytes < options.MaxResponseBytes)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{Section}:MaxLookupBytes ({options.MaxLookupBytes}) must be at least {Section}:MaxResponseBytes ({options.MaxResponseBytes}): a lookup reads at least one response."));
        }

        // Sandbox mode lifts https and credentials: it must never be on where real NHS numbers could be sent.
        if (options.Sandbox.Enabled && environment is not null && !environment.IsDevelopment())
        {
            failures.Add($"{Section}:Sandbox:Enabled is allowed only in the Development environment (this is {environment.EnvironmentName}).");
        }

        // Port 0 (any free port) is for a host that starts the sandbox itself and then sets Sandbox:Url.
        if (options.Sandbox.Port is < 0 or > 65535 || (options.Sandbox.Port == 0 && options.Sandbox.Url is null))
        {
            failures.Add($"{Section}:Sandbox:Port must be between 1 and 65535.");
        }

        for (var i = 0; i < options.LocalAuthorities.Count; i++)
        {
            ValidateAuthority(string.Create(CultureInfo.InvariantCulture, $"{Section}:LocalAuthorities:{i}"), options.LocalAuthorities[i], options.Sandbox.Enabled, deadline, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAuthority(string key, MosaicAuthorityOptions authority, bool sandbox, TimeSpan deadline, List<string> failures)
    {
        if (authority.Enabled && !sandbox)
        {
            if (authority.BaseUrl is null)
            {
                failures.Add($"{key}:BaseUrl is required: {authority.Code} is enabled (disable it, or give its Mosaic's https address).");
            }
            else if (!authority.BaseUrl.IsAbsoluteUri || authority.BaseUrl.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"{key}:BaseUrl must be an absolute https address outside sandbox mode.");
            }
        }

        if (authority.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{key}:AttemptTimeout must be greater than zero.");
        }

        if (authority.Retries < 0)
        {
            failures.Add($"{key}:Retries cannot be negative.");
        }
        else if (authority.AttemptTimeout * (authority.Retries + 1) >= deadline)
        {
            failures.Add(
                $"{key}:AttemptTimeout ({authority.AttemptTimeout}) times {authority.Retries + 1} attempts does not fit inside " +
                $"{Section}:Deadline ({deadline}); shorten the attempts, retry less or lengthen the deadline.");
        }

        if (authority.MaxConcurrency < 1)
        {
            failures.Add($"{key}:MaxConcurrency must be at least 1.");
        }

        if (authority.Enabled)
        {
            ValidateAuth($"{key}:Auth", authority, sandbox, failures);
        }

        ValidateCircuitBreaker($"{key}:CircuitBreaker", authority.CircuitBreaker, failures);
    }

    private static void ValidateAuth(string key, MosaicAuthorityOptions authority, bool sandbox, List<string> failures)
    {
        var auth = authority.Auth;
        switch (auth.Mode)
        {
            case MosaicAuthMode.None when !sandbox:
                failures.Add($"{key}:Mode is required: {authority.Code} is enabled (ClientCredentials or ApiKey).");
                break;
            case MosaicAuthMode.ClientCredentials:
                if (auth.TokenUrl is null && !sandbox)
                {
                    failures.Add($"{key}:TokenUrl is required for ClientCredentials.");
                }
                else if (auth.TokenUrl is { } tokenUrl && !sandbox && (!tokenUrl.IsAbsoluteUri || tokenUrl.Scheme != Uri.UriSchemeHttps))
                {
                    failures.Add($"{key}:TokenUrl must be an absolute https address outside sandbox mode.");
                }

                Require(auth.ClientId, $"{key}:ClientId", "ClientCredentials", failures);
                Require(auth.ClientSecret, $"{key}:ClientSecret", "ClientCredentials", failures);
                if (auth.RefusalRemembered < TimeSpan.Zero)
                {
                    failures.Add($"{key}:RefusalRemembered cannot be negative.");
                }

                break;
            case MosaicAuthMode.ApiKey:
                Require(auth.HeaderName, $"{key}:HeaderName", "ApiKey", failures);
                Require(auth.ApiKey, $"{key}:ApiKey", "ApiKey", failures);
                break;
        }

        if (auth.Certificate is { } certificate)
        {
            if (string.IsNullOrWhiteSpace(certificate.Path) == string.IsNullOrWhiteSpace(certificate.Thumbprint))
            {
                failures.Add($"{key}:Certificate needs exactly one of Path (a PKCS#12 file) and Thumbprint (the current user's store).");
            }
            else if (!CanLoad(certificate))
            {
                failures.Add($"{key}:Certificate could not be loaded: check the file and its password, or that the thumbprint's certificate and private key are in the current user's personal store.");
            }
        }
    }

    // Loaded once here so that a wrong path, password or thumbprint stops the host instead of the first view.
    private static bool CanLoad(MosaicCertificateOptions certificate)
    {
        try
        {
            using var loaded = MosaicPrimaryHandler.Load(certificate);
            return loaded.HasPrivateKey;
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Require(string? value, string key, string mode, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required for {mode}; keep secrets in a secret store or the environment, not in appsettings.");
        }
    }

    // Polly refuses shorter samples and breaks, and fewer than two attempts, when the pipeline is built: say so at start-up.
    private static void ValidateCircuitBreaker(string key, MosaicCircuitBreakerOptions breaker, List<string> failures)
    {
        if (breaker.FailureRatio is <= 0 or > 1)
        {
            failures.Add($"{key}:FailureRatio must be more than 0 and at most 1.");
        }

        if (breaker.MinimumThroughput < 2)
        {
            failures.Add($"{key}:MinimumThroughput must be at least 2.");
        }

        if (breaker.SamplingDuration < MinimumBreakerTime)
        {
            failures.Add($"{key}:SamplingDuration must be at least {MinimumBreakerTime}.");
        }

        if (breaker.BreakDuration < MinimumBreakerTime)
        {
            failures.Add($"{key}:BreakDuration must be at least {MinimumBreakerTime}.");
        }
    }
}
