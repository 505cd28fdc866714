using Tarmeem.Store.Surveys;

namespace Tarmeem.Surveys.Page;

/// <summary>What the page handlers share: the store, the clock, the renderer, the form seal and the miss counter.</summary>
public sealed class SurveyPageContext(ISurveyStore store, TimeProvider time, SurveyPageRenderer renderer, FormSeal seal, IFailedGuessCounter misses)
{
    public ISurveyStore Store { get; } = store;

    public TimeProvider Time { get; } = time;

    public SurveyPageRenderer Renderer { get; } = renderer;

    public FormSeal Seal { get; } = seal;

    public IFailedGuessCounter Misses { get; } = misses;
}
