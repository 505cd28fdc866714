using Tarmeem.Core.Store;

namespace Tarmeem.Surveys.Page;

/// <summary>What the page handlers share: the store, the clock, the renderer and the failed-guess limiter.</summary>
public sealed class SurveyPageContext(ISurveyStore store, TimeProvider time, SurveyPageRenderer renderer, FailedGuessLimiter limiter)
{
    public ISurveyStore Store { get; } = store;

    public TimeProvider Time { get; } = time;

    public SurveyPageRenderer Renderer { get; } = renderer;

    public FailedGuessLimiter Limiter { get; } = limiter;
}
