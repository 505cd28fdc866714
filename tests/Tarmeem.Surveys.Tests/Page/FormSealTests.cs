using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Tokens;

namespace Tarmeem.Surveys.Tests.Page;

public sealed class FormSealTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tarmeem-seal-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void IsValid_OwnLinkAndPurpose_AcceptedEverythingElseRefused()
    {
        var seal = FormKeyFile.LoadOrCreate(_folder);
        var token = SurveyTokens.Create();
        var value = seal.For(token, FormPurpose.Answer);

        Assert.True(seal.IsValid(token, FormPurpose.Answer, value));
        Assert.False(seal.IsValid(token, FormPurpose.OptOut, value));
        Assert.False(seal.IsValid(SurveyTokens.Create(), FormPurpose.Answer, value));
        Assert.False(seal.IsValid(token, FormPurpose.Answer, value[..^1]));
        Assert.False(seal.IsValid(token, FormPurpose.Answer, "*not base64*"));
        Assert.False(seal.IsValid(token, FormPurpose.Answer, ""));
        Assert.False(seal.IsValid(token, FormPurpose.Answer, null));
    }

    [Fact]
    public void LoadOrCreate_SecondStart_SameKeyFileOwnerOnly()
    {
        var token = SurveyTokens.Create();

        var first = FormKeyFile.LoadOrCreate(_folder).For(token, FormPurpose.Answer);
        var second = FormKeyFile.LoadOrCreate(_folder);
        var elsewhere = FormKeyFile.LoadOrCreate(_folder + "-other");
        Directory.Delete(_folder + "-other", recursive: true);

        Assert.True(second.IsValid(token, FormPurpose.Answer, first));
        Assert.False(elsewhere.IsValid(token, FormPurpose.Answer, first));
        Assert.Single(Directory.GetFiles(_folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, FormKeyFile.FileName)));
        }
    }

    [Fact]
    public void LoadOrCreate_TruncatedKey_ErrorNamesTheFileAndWhatToDo()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, FormKeyFile.FileName), new byte[5]);

        var error = Assert.Throws<InvalidOperationException>(() => FormKeyFile.LoadOrCreate(_folder));

        Assert.Contains(FormKeyFile.FileName + " holds 5 bytes, not 32: delete it and restart", error.Message, StringComparison.Ordinal);
    }
}
