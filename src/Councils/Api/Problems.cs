using System.Text.Json;
using Councils.Domain;

namespace Councils.Api;

/// <summary>
/// Turns every refusal into an RFC 9457 problem detail: the rule's code as the type, the field it
/// concerns, and a sentence that says what to do.
/// </summary>
internal static class Problems
{
    /// <summary>Every problem's type is a URN naming the rule; docs/rules.md explains each.</summary>
    public const string TypeBase = "urn:councils:rule:";

    public static IServiceCollection AddCouncilsProblems(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            if (context.Exception is { } e && Describe(e) is { } described)
            {
                context.ProblemDetails.Status = described.Status;
                context.HttpContext.Response.StatusCode = described.Status;
                context.ProblemDetails.Type = TypeBase + described.Rule;
                context.ProblemDetails.Title = described.Title;
                // The serializer's own message names what was wrong and where; the wrapper's only says that it failed.
                context.ProblemDetails.Detail = e is BadHttpRequestException { InnerException: JsonException j } ? j.Message : e.Message;
                context.ProblemDetails.Extensions["rule"] = described.Rule;
                if (!string.IsNullOrEmpty(described.Field))
                    context.ProblemDetails.Extensions["field"] = described.Field;
            }
            else if (context.Exception is null && !(context.ProblemDetails.Type?.StartsWith(TypeBase, StringComparison.Ordinal) ?? false)
                && Framework(context.ProblemDetails.Status) is { } framework)
            {
                // Refusals the framework makes before any endpoint runs get a rule like every other.
                context.ProblemDetails.Type = TypeBase + framework.Rule;
                context.ProblemDetails.Detail ??= framework.Detail;
                context.ProblemDetails.Extensions["rule"] = framework.Rule;
            }
        });

    private static (string Rule, string Detail)? Framework(int? status) => status switch
    {
        StatusCodes.Status404NotFound => ("no-such-route", "There is no such address; the API's paths are listed in /openapi/v1.json."),
        StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", "This address does not take that HTTP method; see /openapi/v1.json."),
        StatusCodes.Status415UnsupportedMediaType => ("media-type", "Send the request body as application/json."),
        _ => null,
    };

    /// <summary>The status a rule's refusal is given: unknown things are 404, a moved head 409, malformed input 400, the rest 422.</summary>
    public static int StatusOf(string rule) => rule switch
    {
        _ when rule.StartsWith("unknown-", StringComparison.Ordinal) => StatusCodes.Status404NotFound,
        "log-head-moved" or "body-exists" or "handle-taken" => StatusCodes.Status409Conflict,
        "payload-invalid" or "json" or "canonical" or "entry-format" or "request-invalid" => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static (int Status, string Rule, string Title, string? Field)? Describe(Exception e) => e switch
    {
        RuleViolation v => (StatusOf(v.Rule), v.Rule, "The request breaks a rule", v.Field),
        Domain.Record.RecordFormatException f => (StatusCodes.Status400BadRequest, "entry-format", "The entry is not in the record's format", f.Field),
        Domain.Record.CanonicalJsonException => (StatusCodes.Status400BadRequest, "canonical", "The JSON is not canonical", null),
        BadHttpRequestException { InnerException: JsonException j } => (StatusCodes.Status400BadRequest, "json", "The request body is not valid JSON", j.Path),
        BadHttpRequestException { InnerException: { } inner } => (StatusCodes.Status400BadRequest, "request-invalid", "The request is malformed: " + inner.Message, null),
        BadHttpRequestException b => (StatusCodes.Status400BadRequest, "request-invalid", "The request is malformed", null),
        JsonException j => (StatusCodes.Status400BadRequest, "json", "The request body is not valid JSON", j.Path),
        _ => null,
    };

    public static IApplicationBuilder UseCouncilsProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => Describe(e)?.Status ?? StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
