namespace DiploAssistant.Cli;

/// <summary>The command line asks for something impossible (e.g. neither a question nor --questions); exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
