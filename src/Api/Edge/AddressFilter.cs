using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialCare.Api.Answers;
using SocialCare.Api.Errors;
using SocialCare.Domain.Patients;

namespace SocialCare.Api.Edge;

/// <summary>
/// Spec §1 step 1 at the edge: the patient id in the address is well-formed (<see cref="PatientId"/>), and so is the
/// query for the route (<see cref="EdgeRoute"/>); else 400 <c>social-care.bad-request</c>, without asking who the
/// viewer is. Behind it, an endpoint's <c>patientId</c> parameter is always a valid <see cref="PatientId"/>.
/// </summary>
internal sealed class AddressFilter(EdgeRequest edge, ErrorAnswers answers) : IEndpointFilter
{
    /// <summary>The route parameter every route behind the edge filters names its patient with.</summary>
    public const string PatientIdParameter = "patientId";

    /// <summary>The patient of an endpoint behind this filter: its <c>patientId</c>, which this filter has checked.</summary>
    public static PatientId Admitted(string patientId) => PatientId.Create(patientId).Value;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        return PatientId.Create(http.GetRouteValue(PatientIdParameter) as string).IsValid && edge.Route.AcceptsQuery(http.Request.Query)
            ? next(context)
            : ValueTask.FromResult<object?>(answers.For(new BadRequestError(), edge));
    }
}
