namespace DrcTool.TestSupport;

/// <summary>A fact that reads ../shared: where it is absent the test is skipped with the reason, never silently passed.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!RepoPaths.SharedAvailable)
        {
            Skip = RepoPaths.SharedMissingReason;
        }
    }
}

/// <summary>A theory that reads ../shared; skipped with the reason where it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (!RepoPaths.SharedAvailable)
        {
            Skip = RepoPaths.SharedMissingReason;
        }
    }
}
