using System.Text;
using Microsoft.AspNetCore.Http;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// A page written as UTF-8 with its length, and the headers every survey page carries: links hold a token, so pages
/// stay out of caches, referrers and frames, and the policy allows only the template's own styles.
/// </summary>
public sealed class HtmlPageResult(int status, string html, string contentSecurityPolicy) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.ContentLength = Encoding.UTF8.GetByteCount(html);
        Encoding.UTF8.GetBytes(html, response.BodyWriter);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
