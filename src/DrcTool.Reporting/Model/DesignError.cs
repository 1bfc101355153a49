namespace DrcTool.Reporting.Model;

/// <summary>Why a design could not be read or checked, and where reading stopped (line and column 0 when unknown).</summary>
public sealed record DesignError(string Message, string File, int Line, int Column);
