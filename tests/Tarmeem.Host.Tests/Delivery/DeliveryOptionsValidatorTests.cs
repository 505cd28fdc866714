using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Tests.Delivery;

public sealed class DeliveryOptionsValidatorTests
{
    [Fact]
    public void Validate_ReviewersWithoutLibraryOrApprovalPage_NamesEachKeyToSet()
    {
        var options = Valid();
        options.Reviewers.Add("reviewer@tarmeem.example");
        options.Reviewers.Add("not an address");

        var failures = new DeliveryOptionsValidator().Validate(null, options).Failures!;

        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Delivery:ApprovalBaseUrl is ''", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Delivery:Reviewers needs :DriveId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Tarmeem:Delivery:Reviewers holds 'not an address'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SentItemsOffOrLookupDelayNegative_IsRefusedWithTheReason()
    {
        var options = Valid();
        options.SaveToSentItems = false;
        options.AmbiguousLookupDelay = TimeSpan.FromSeconds(-1);
        options.CaseNumberPattern = "([";

        var failures = new DeliveryOptionsValidator().Validate(null, options).Failures!;

        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Delivery:SaveToSentItems is false: the copy in Sent Items is how", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Delivery:AmbiguousLookupDelay is -00:00:01", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Delivery:CaseNumberPattern is not a valid regular expression", StringComparison.Ordinal));
    }

    [Fact]
    public void IsReviewed_BoardAlwaysWithReviewersManagementOnlyWhenAsked()
    {
        var options = Valid();
        Assert.False(options.IsReviewed(Reporting.Word.ReportKind.Board));
        options.Reviewers.Add("reviewer@tarmeem.example");
        Assert.Equal((true, false), (options.IsReviewed(Reporting.Word.ReportKind.Board), options.IsReviewed(Reporting.Word.ReportKind.Management)));
        options.ReviewManagementReport = true;
        Assert.True(options.IsReviewed(Reporting.Word.ReportKind.Management));
    }

    private static DeliveryOptions Valid()
    {
        var options = new DeliveryOptions { Sender = DeliveryHarness.Sender };
        options.BoardRecipients.Add("board@tarmeem.example");
        return options;
    }
}
