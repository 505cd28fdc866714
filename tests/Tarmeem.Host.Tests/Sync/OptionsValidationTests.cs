using Tarmeem.Host.Graph;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Tests.Sync;

public sealed class OptionsValidationTests
{
    [Fact]
    public void SourcesValidator_FixtureMapping_IsValid()
    {
        Assert.True(new SourcesOptionsValidator().Validate(null, ListFixture.Sources()).Succeeded);
    }

    [Fact]
    public void SourcesValidator_Mistakes_EachNamesItsKey()
    {
        var options = ListFixture.Sources();
        options.Cases!.Columns.Remove("Received");
        options.Cases.Columns["Recieved"] = "ReceivedAt";
        options.Cases.Channels["فيسبوك"] = "Facebook";
        options.Inquiries!.List = "";
        options.Mailbox = new MailboxSourceOptions { Address = "x@y", Channel = "Unspecified" };

        var failures = new SourcesOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Sources:Cases:Columns:Received is missing", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Sources:Cases:Columns:Recieved is not a field", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Sources:Cases:Channels:فيسبوك is 'Facebook'", StringComparison.Ordinal) && f.Contains("SocialMedia", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Sources:Inquiries:List is empty", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Sources:Mailbox:Channel", StringComparison.Ordinal));
        Assert.Equal(5, failures.Count);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v1.0", true)]
    [InlineData("http://[::1]:5000/v1.0", true)]
    [InlineData("http://localhost:5000/v1.0", true)]
    [InlineData("https://graph.microsoft.com/v1.0", true)]
    [InlineData("http://graph.microsoft.com/v1.0", false)]
    [InlineData("http://10.0.0.5/v1.0", false)]
    [InlineData("graph.microsoft.com", false)]
    public void GraphValidator_BaseUrl_PlainHttpOnlyForLoopback(string baseUrl, bool valid)
    {
        var options = new GraphOptions
        {
            BaseUrl = baseUrl,
            Auth = GraphAuthMode.Secret,
            TenantId = "8a6e3c52-1111-4c1b-9d55-0a1b2c3d4e5f",
            ClientId = "0f1e2d3c-2222-4b5a-8c7d-6e5f4a3b2c1d",
            ClientSecret = "s",
        };

        var result = new GraphOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.StartsWith("Tarmeem:Graph:BaseUrl", Assert.Single(result.Failures!), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GraphValidator_CertificateWithoutFileOrThumbprint_NamesBothKeys()
    {
        var options = new GraphOptions { TenantId = "8a6e3c52-1111-4c1b-9d55-0a1b2c3d4e5f", ClientId = "0f1e2d3c-2222-4b5a-8c7d-6e5f4a3b2c1d" };

        var failure = Assert.Single(new GraphOptionsValidator().Validate(null, options).Failures!);

        Assert.Contains("Tarmeem:Graph:CertificatePath and Tarmeem:Graph:CertificateThumbprint", failure, StringComparison.Ordinal);
    }
}
