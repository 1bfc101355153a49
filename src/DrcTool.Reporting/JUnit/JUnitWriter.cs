using System.Globalization;
using System.Text;
using System.Xml;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.JUnit;

/// <summary>
/// JUnit XML for CI test reports (GitLab artifacts:reports:junit, Jenkins, Azure): a testsuite per design and a
/// testcase per design × rule. A testcase fails when the rule has unwaived findings at or above the fail level;
/// findings below it and waived ones are listed in its system-out. A rule that did not run (switched off, or no module
/// to check) is skipped, not passed. An unreadable design is one testcase in error.
/// </summary>
public sealed class JUnitWriter : IReportWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    public void Write(ReportRun run, Stream output)
    {
        var suites = run.Designs.Select(d => JUnitSuite.From(run, d)).ToList();
        using var xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", run.ToolName);
        Counts(xml, suites.Sum(s => s.Cases.Count), suites.Sum(s => s.Failures), suites.Sum(s => s.Errors));
        xml.WriteAttributeString("skipped", suites.Sum(s => s.Skipped).ToString(CultureInfo.InvariantCulture));
        foreach (var suite in suites)
        {
            WriteSuite(xml, suite);
        }

        if (run.UnmatchedWaivers.Count > 0)
        {
            WriteWaivers(run, xml);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteSuite(XmlWriter xml, JUnitSuite suite)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlSafeText.Clean(suite.Name));
        Counts(xml, suite.Cases.Count, suite.Failures, suite.Errors);
        xml.WriteAttributeString("skipped", suite.Skipped.ToString(CultureInfo.InvariantCulture));
        if (suite.Properties.Count > 0)
        {
            xml.WriteStartElement("properties");
            foreach (var (name, value) in suite.Properties)
            {
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", name);
                xml.WriteAttributeString("value", XmlSafeText.Clean(value));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        foreach (var testCase in suite.Cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", XmlSafeText.Clean(suite.ClassName));
            xml.WriteAttributeString("name", XmlSafeText.Clean(testCase.Name));
            xml.WriteAttributeString("file", XmlSafeText.Clean(suite.Name));
            xml.WriteAttributeString("time", "0");
            if (testCase.SkippedBecause is { } why)
            {
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", XmlSafeText.Clean(why));
                xml.WriteEndElement();
            }

            if (testCase.Problem is { } problem)
            {
                xml.WriteStartElement(problem.IsError ? "error" : "failure");
                xml.WriteAttributeString("message", XmlSafeText.Clean(problem.Message));
                xml.WriteAttributeString("type", problem.Type);
                xml.WriteString(XmlSafeText.Clean(problem.Details));
                xml.WriteEndElement();
            }

            if (testCase.Output.Length > 0)
            {
                xml.WriteElementString("system-out", XmlSafeText.Clean(testCase.Output));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteWaivers(ReportRun run, XmlWriter xml)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "waivers");
        Counts(xml, run.UnmatchedWaivers.Count, 0, 0);
        xml.WriteAttributeString("skipped", "0");
        foreach (var waiver in run.UnmatchedWaivers)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", "waivers");
            xml.WriteAttributeString("name", XmlSafeText.Clean($"{waiver.Rule} {waiver.Target}"));
            xml.WriteAttributeString("time", "0");
            xml.WriteElementString("system-out", XmlSafeText.Clean($"unmatched waiver: matched no finding (reason: {waiver.Reason})"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Counts(XmlWriter xml, int tests, int failures, int errors)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
    }
}
