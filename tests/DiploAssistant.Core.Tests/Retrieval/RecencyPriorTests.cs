using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Tests.Retrieval;

public sealed class RecencyPriorTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 10);
    private readonly RecencyPrior _prior = new(strength: 0.8, halfLifeDays: 4, graceDays: 7);

    [Fact]
    public void Factor_IsWhole_WithinTheGracePeriod()
    {
        Assert.Equal(1, _prior.Factor(AsOf.AddDays(-7), AsOf));
        Assert.Equal(1, _prior.Factor(AsOf, AsOf));
    }

    [Fact]
    public void Factor_HalvesItsStrength_OneHalfLifePastTheGracePeriod()
    {
        Assert.Equal(0.6, _prior.Factor(AsOf.AddDays(-11), AsOf), 10);
    }

    [Fact]
    public void Factor_NeverFallsBelowOneMinusTheStrength_SoOldArticlesStayFindable()
    {
        var factor = _prior.Factor(AsOf.AddYears(-5), AsOf);

        Assert.Equal(0.2, factor, 9);
    }

    [Fact]
    public void Factor_IsOne_WithoutAnAsOfDateOrAPublicationDate()
    {
        Assert.Equal(1, _prior.Factor(AsOf.AddYears(-5), null));
        Assert.Equal(1, _prior.Factor(null, AsOf));
    }
}
