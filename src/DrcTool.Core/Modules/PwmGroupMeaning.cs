namespace DrcTool.Core.Modules;

/// <summary>What two pins in one PWM group (pinout <c>pwm:GROUP</c>) share, from the module.yaml <c>pwm.group</c>.</summary>
public enum PwmGroupMeaning
{
    /// <summary>Gen 3: the pins of a group share one frequency and resolution; each has its own duty cycle.</summary>
    SharedFrequency,
    /// <summary>Gen 2: the pins of a group are one timer channel: they cannot be independent PWM outputs at once.</summary>
    SharedChannel,
}
