using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Tarmeem.Surveys.Email;

namespace Tarmeem.Surveys.Page;

/// <summary>
/// The form as first shown (no error, no earlier answer), rendered once per preselected rating into UTF-8 pieces
/// around the three values that differ per link: the form's action, its seal and the opt-out address. Serving it is
/// copying four fixed pieces and three short strings, with no HTML built per request.
/// </summary>
internal sealed class CompiledForm
{
    private const string ActionMark = "@@tarmeem-action@@";
    private const string SealMark = "@@tarmeem-seal@@";
    private const string OptOutMark = "@@tarmeem-optout@@";

    private readonly byte[][] _pieces;

    private CompiledForm(byte[][] pieces) => _pieces = pieces;

    /// <summary>Splits a form rendered with the marks in place of the three values.</summary>
    public static CompiledForm Compile(Func<string, string, string, string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var html = render(ActionMark, SealMark, OptOutMark);
        var pieces = html.Split([ActionMark, SealMark, OptOutMark], StringSplitOptions.None);
        return pieces.Length == 4
            ? new CompiledForm([.. pieces.Select(Encoding.UTF8.GetBytes)])
            : throw new InvalidOperationException($"The survey form has {pieces.Length - 1} places for its three values: {SurveyTemplates.PageFile} must not repeat them.");
    }

    public IResult Result(string action, string seal, string optOutHref, string contentSecurityPolicy) =>
        new FormResult(this, HtmlText.Encode(action), HtmlText.Encode(seal), HtmlText.Encode(optOutHref), contentSecurityPolicy);

    private sealed class FormResult(CompiledForm form, string action, string seal, string optOut, string contentSecurityPolicy) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var pieces = form._pieces;
            var length = pieces[0].Length + pieces[1].Length + pieces[2].Length + pieces[3].Length
                + Encoding.UTF8.GetByteCount(action) + Encoding.UTF8.GetByteCount(seal) + Encoding.UTF8.GetByteCount(optOut);
            var response = httpContext.Response;
            PageHeaders.Apply(response, StatusCodes.Status200OK, contentSecurityPolicy, length);
            var body = response.BodyWriter;
            body.Write(pieces[0].AsSpan());
            Encoding.UTF8.GetBytes(action, body);
            body.Write(pieces[1].AsSpan());
            Encoding.UTF8.GetBytes(seal, body);
            body.Write(pieces[2].AsSpan());
            Encoding.UTF8.GetBytes(optOut, body);
            body.Write(pieces[3].AsSpan());
            await body.FlushAsync(httpContext.RequestAborted);
        }
    }
}
