namespace DrcTool.Core.Model;

/// <summary>
/// The one bound on how long a regular expression from a file users edit (rules/, drctool.yaml, waivers) may run on
/// one input. It stops a hostile or careless pattern from hanging a batch; it is a second rather than a few hundred
/// milliseconds because a loaded CI machine can deschedule an ordinary match for longer than that.
/// </summary>
public static class PatternTimeout
{
    public static readonly TimeSpan PerMatch = TimeSpan.FromSeconds(1);
}
