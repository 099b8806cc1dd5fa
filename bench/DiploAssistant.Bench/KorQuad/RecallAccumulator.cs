namespace DiploAssistant.Bench.KorQuad;

/// <summary>Recall at 1, 5 and 10 and MRR@10 over questions, from the rank (1-based) of each gold document.</summary>
internal sealed class RecallAccumulator
{
    private readonly Lock _lock = new();
    private int _questions;
    private int _at1;
    private int _at5;
    private int _at10;
    private double _reciprocalRanks;

    public void Add(int? rank)
    {
        lock (_lock)
        {
            _questions++;
            if (rank is not { } r || r > 10)
            {
                return;
            }

            _at1 += r == 1 ? 1 : 0;
            _at5 += r <= 5 ? 1 : 0;
            _at10++;
            _reciprocalRanks += 1.0 / r;
        }
    }

    public RecallFigures Figures()
    {
        lock (_lock)
        {
            var n = Math.Max(_questions, 1);
            return new RecallFigures((double)_at1 / n, (double)_at5 / n, (double)_at10 / n, _reciprocalRanks / n, _questions);
        }
    }
}
