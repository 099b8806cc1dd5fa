using System.Text.Json;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Citations;

namespace DiploAssistant.Core.Tests.Answering;

public sealed class CitationEqualityTests
{
    private static readonly Citation Cited = new(1, "yna-1", "조현 외교장관 회담", "연합뉴스", null, "dump:1", "2026-02-11", "인용문.", 0.9);

    [Fact]
    public void ACitationReadBackFromJson_EqualsTheOneWritten_WithOrWithoutOtherOutlets()
    {
        var withOthers = Cited with { AlsoReportedBy = [new AlsoReported("kbs-1", "회담", "KBS", null, "2026-02-12")] };

        Assert.Equal(Cited, JsonSerializer.Deserialize<Citation>(JsonSerializer.Serialize(Cited)));
        Assert.Equal(withOthers, JsonSerializer.Deserialize<Citation>(JsonSerializer.Serialize(withOthers)));
        Assert.NotEqual(Cited, withOthers);
    }

    [Fact]
    public void ACitationStoredBeforeOtherOutletsExisted_ReadsWithNone()
    {
        var old = JsonSerializer.Deserialize<Citation>("""{"n":1,"documentId":"yna-1","title":"조현 외교장관 회담","source":"연합뉴스","url":null,"uri":"dump:1","published":"2026-02-11","quote":"인용문.","score":0.9}""");

        Assert.Equal(Cited, old);
        Assert.Empty(old!.AlsoReportedBy);
    }
}
