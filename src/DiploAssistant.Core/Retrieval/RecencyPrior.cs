namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// The prior on an article's age before the as-of date: full weight during a grace period (the week a question about
/// "this week" means), then a score is multiplied by 1 − s + s · 0.5^((age − grace) / half-life).
/// A steep half-life does what a date window does for a question about "this week" (recent articles first), while the
/// floor 1 − s keeps an older article that alone matches in the results instead of hiding it.
/// </summary>
internal sealed class RecencyPrior(double strength, double halfLifeDays, double graceDays)
{
    private readonly double _strength = Math.Clamp(strength, 0, 1);

    /// <summary>The factor for an article published on <paramref name="published"/>; 1 without either date.</summary>
    public double Factor(DateOnly? published, DateOnly? asOf)
    {
        if (asOf is null || published is null || _strength <= 0)
        {
            return 1;
        }

        var ageDays = Math.Max(0, asOf.Value.DayNumber - published.Value.DayNumber - graceDays);
        return 1 - _strength + (_strength * Math.Pow(0.5, ageDays / halfLifeDays));
    }
}
