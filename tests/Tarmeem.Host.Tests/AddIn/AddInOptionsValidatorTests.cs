using Tarmeem.Host.AddIn;

namespace Tarmeem.Host.Tests.AddIn;

public sealed class AddInOptionsValidatorTests
{
    [Fact]
    public void Validate_NoClientId_AddInOffAndNothingRequired()
    {
        var result = new AddInOptionsValidator().Validate(null, new AddInOptions { Authority = "not a url", StaffRole = "" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_ClientIdWithPlainHttpAuthorityAndNoStaff_EachErrorNamesItsKey()
    {
        var result = new AddInOptionsValidator().Validate(null, new AddInOptions
        {
            ClientId = "11111111-2222-3333-4444-555555555555",
            Authority = "http://login.example.org/tenant/v2.0",
            StaffRole = "",
            FirstAnswerTarget = TimeSpan.Zero,
            PublicBaseUrl = "https://tarmeem.example.org/?x=1",
        });

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["Tarmeem:AddIn:Authority", "Tarmeem:AddIn:StaffRole", "Tarmeem:AddIn:FirstAnswerTarget", "Tarmeem:AddIn:PublicBaseUrl"],
            result.Failures!.Select(f => f.Split(' ')[0]));
    }

    [Fact]
    public void Validate_LoopbackAuthorityAndGroupOnly_Accepted()
    {
        var result = new AddInOptionsValidator().Validate(null, new AddInOptions
        {
            ClientId = "11111111-2222-3333-4444-555555555555",
            Authority = "http://127.0.0.1:5999",
            StaffRole = "",
            StaffGroupId = "5b8a2c0e-6f1d-4e3a-9b7c-2d4f6a8c0e1b",
        });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
