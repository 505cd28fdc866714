using Microsoft.Extensions.Options;

namespace Tarmeem.Host.Cli;

/// <summary>
/// Runs a command body and turns the failures a user can fix into one clear line and an exit code,
/// instead of a stack trace. Anything else is a bug and keeps its stack trace.
/// </summary>
internal static class CommandRunner
{
    public const int Success = 0;

    /// <summary>Microsoft 365 stayed throttled or unavailable after every retry; running again later may succeed.</summary>
    public const int Unavailable = 1;

    /// <summary>The input or the settings were wrong; the message says what to change.</summary>
    public const int InputError = 2;

    /// <summary>
    /// The same work (sync, survey send, report delivery) is under way in another process, on this machine or another
    /// node; the message names the node and since when. Running again once it has finished will do.
    /// </summary>
    public const int Busy = 3;

    public static async Task<int> RunAsync(CliConsole console, Func<CliConsole, Task> body)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            await body(console);
            return Success;
        }
        catch (CommandInputException e)
        {
            return Fail(console, e.Message);
        }
        catch (OptionsValidationException e)
        {
            return Fail(console, "The settings are not valid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", e.Failures));
        }
        catch (FileNotFoundException e)
        {
            return Fail(console, e.Message);
        }
        catch (Tarmeem.Reporting.Word.TemplatePlaceMissingException e)
        {
            return Fail(console, e.Message);
        }
        catch (Tarmeem.Reporting.Word.Pdf.PdfConversionException e)
        {
            return Fail(console, e.Message);
        }
        catch (Scheduling.Locks.JobLockBusyException e)
        {
            return Fail(console, e.Message, Busy);
        }
        catch (Delivery.DeliveryFailedException e)
        {
            return Fail(console, e.Message);
        }
        catch (StoreCopy.StoreCopyException e)
        {
            return Fail(console, e.Message);
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            return Fail(console, $"The settings are not valid: {e.Message}");
        }
        catch (Exception e) when (Graph.SignInFailure.Find(e) is { } failure)
        {
            return Fail(console, Graph.SignInFailure.Describe(failure));
        }
        catch (Graph.GraphSourceException e)
        {
            // Refused (no permission, not found) is the settings' fault; still unavailable after the retries is not.
            return Fail(console, e.Message, e.Transient ? Unavailable : InputError);
        }
        catch (Tarmeem.Surveys.Outbox.SurveyMailboxException e)
        {
            return Fail(console, e.Message + MailboxHint(e.Status), e.Transient ? Unavailable : InputError);
        }
    }

    private static int Fail(CliConsole console, string message, int exitCode = InputError)
    {
        console.Error.WriteLine($"error: {message}");
        return exitCode;
    }

    private static string MailboxHint(int? status) => status switch
    {
        403 => " The app lacks permission on this mailbox: grant Mail.ReadWrite and Mail.Send limited to it (README, \"Satisfaction surveys\").",
        404 => " Check the mailbox address (Tarmeem:Surveys:Mailbox or Tarmeem:Delivery:Sender).",
        _ => string.Empty,
    };
}
