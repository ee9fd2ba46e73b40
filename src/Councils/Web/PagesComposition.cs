using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace Councils.Web;

/// <summary>The pages: Razor Pages in English and Ukrainian, static files, security headers, friendly errors.</summary>
internal static class PagesComposition
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("uk")];

    public static IServiceCollection AddCouncilsPages(this IServiceCollection services)
    {
        services.AddLocalization();
        // Ukrainian text goes out as text, not as a character reference per letter.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Account");
                o.Conventions.AllowAnonymousToPage("/Account/SignIn");
                o.Conventions.AllowAnonymousToPage("/Account/Reset");
                o.Conventions.AllowAnonymousToPage("/Account/Join");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Text)));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
        });
        return services;
    }

    /// <summary>Whether a request is for the pages (and their friendly errors) rather than the API, OpenAPI or health.</summary>
    public static bool IsPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/openapi")
        && !context.Request.Path.StartsWithSegments("/health");

    /// <summary>Error handling for pages: a page that says what happened, never a stack trace.</summary>
    public static IApplicationBuilder UsePageErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }

    public static WebApplication UseCouncilsPages(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapCouncilsPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
