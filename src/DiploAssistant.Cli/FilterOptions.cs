using System.CommandLine;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Cli;

/// <summary>The retrieval filter flags of <c>ask</c> and <c>search</c>, read into <see cref="SearchFilters"/>.</summary>
internal sealed class FilterOptions
{
    private readonly Option<DateOnly?> _from = CommonOptions.From();
    private readonly Option<DateOnly?> _to = CommonOptions.To();
    private readonly Option<DateOnly?> _asOf = CommonOptions.AsOf();
    private readonly Option<string?> _source = CommonOptions.Source();
    private readonly Option<string?> _language = CommonOptions.Language();

    public void AddTo(Command command)
    {
        command.Add(_from);
        command.Add(_to);
        command.Add(_asOf);
        command.Add(_source);
        command.Add(_language);
    }

    public SearchFilters Read(ParseResult result) => new(
        result.GetValue(_from),
        result.GetValue(_to),
        result.GetValue(_asOf),
        result.GetValue(_source),
        result.GetValue(_language));
}
