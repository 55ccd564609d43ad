using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Tests.Telemetry;

/// <summary>
/// The template that stands for a council request's URL in log lines and, through the host's HttpClient
/// instrumentation, in spans: the standard contract's words, and no segment of any dialect's path that may be an id.
/// </summary>
public class UrlTemplateTests
{
    [TestCase("https://mosaic.example/E09000013/v1/persons/MOS-13-0001/case-notes?page=2", "v1/persons/{personId}/case-notes")]
    [TestCase("https://mosaic.example/v1/persons", "v1/persons")]
    [TestCase("https://mosaic.example/E09000013/oauth/token", "{id}/oauth/token")]
    public void The_standard_contract_keeps_its_words_and_hides_the_person(string url, string template) =>
        Assert.That(MosaicHttpLogger.Template(new Uri(url)), Is.EqualTo(template));

    [TestCase("https://council.example/api/clients/CS-0001/summary", "api/clients/{id}/summary")]
    [TestCase("https://council.example/api/v2/people/7f3c9a10/care-packages?limit=50", "api/v2/people/{id}/care-packages")]
    [TestCase("https://council.example/api/v2/people/Ab_cd/assessments", "api/v2/people/{id}/assessments")]
    public void A_dialects_path_keeps_only_plain_words_and_versions(string url, string template) =>
        Assert.That(MosaicHttpLogger.Template(new Uri(url)), Is.EqualTo(template));
}
