namespace DiploAssistant.Cli;

/// <summary>The exit codes DESIGN.md promises.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some inputs or questions failed; the others were handled.</summary>
    public const int PartialFailure = 1;

    /// <summary>Bad usage or configuration: nothing was done.</summary>
    public const int UsageError = 2;
}
