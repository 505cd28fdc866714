using System.Text;
using Microsoft.AspNetCore.Http;

namespace Tarmeem.Surveys.Page;

/// <summary>A page written as UTF-8 with its length and <see cref="PageHeaders"/>.</summary>
public sealed class HtmlPageResult(int status, string html, string contentSecurityPolicy) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        PageHeaders.Apply(response, status, contentSecurityPolicy, Encoding.UTF8.GetByteCount(html));
        Encoding.UTF8.GetBytes(html, response.BodyWriter);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
