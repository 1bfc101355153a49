namespace DrcTool.Core.Findings;

/// <summary>How serious a finding is. Ordered: a fail level of Warning fails on warnings and errors.</summary>
public enum Severity
{
    Note = 0,
    Warning = 1,
    Error = 2,
}
