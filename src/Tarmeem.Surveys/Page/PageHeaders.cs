using Microsoft.AspNetCore.Http;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// What every survey page's response carries: links hold a token, so pages stay out of caches, referrers and frames,
/// and the policy allows only the template's own styles.
/// </summary>
internal static class PageHeaders
{
    public static void Apply(HttpResponse response, int status, string contentSecurityPolicy, long length)
    {
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = length;
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
    }
}
