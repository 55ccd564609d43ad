using Microsoft.AspNetCore.Http;
using SocialCare.Api.Edge;
using SocialCare.Domain.Patients;

namespace SocialCare.Api.Endpoints;

/// <summary>
/// The addresses of a patient's two pages, from the request's path base and the prefix the routes were mapped
/// under, so that each page links to the other whatever the case or trailing slash of the address it was reached by.
/// </summary>
internal static class PatientPages
{
    public static string Record(HttpRequest request, EdgeRequest edge, PatientId patient)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(patient);

        // A patient id is only letters, digits, '-' and '_': nothing in it needs escaping.
        return request.PathBase.Add(new PathString($"{edge.Route.Prefix}/patients/{patient.Value}/social-care")).Value!;
    }

    public static string AccessHistory(HttpRequest request, EdgeRequest edge, PatientId patient) =>
        Record(request, edge, patient) + "/access-history";
}
