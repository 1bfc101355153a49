namespace DrcTool.Reporting.Html;

/// <summary>
/// The report's one stylesheet, inlined in its head. No web fonts, no remote resources; a print style that drops the
/// sticky picture and opens every group. Highlighting uses <c>:target</c> (and <c>:has</c> for a finding's
/// contacts), so it works without script.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1f2328; background: #ffffff; }
        a { color: #0969da; }
        code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
        header.run { padding: 18px 28px 14px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
        header.run h1 { margin: 0 0 2px; font-size: 22px; }
        .meta { margin: 0 0 10px; color: #57606a; }
        .verdict { display: inline-block; margin: 4px 0 10px; padding: 6px 14px; border-radius: 6px; font-size: 18px; font-weight: 700; }
        .verdict.pass, .badge.pass { background: #1a7f37; color: #ffffff; }
        .verdict.fail, .badge.fail { background: #cf222e; color: #ffffff; }
        .verdict.unreadable, .badge.unreadable { background: #9a6700; color: #ffffff; }
        .badge { display: inline-block; min-width: 86px; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 700; text-align: center; text-transform: uppercase; }
        .totals { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 12px; padding: 0; list-style: none; }
        .totals li { padding: 3px 10px; border-radius: 6px; border: 1px solid #d0d7de; background: #ffffff; }
        .totals b { font-size: 16px; }
        .totals .error b { color: #cf222e; } .totals .warning b { color: #9a6700; } .totals .note b { color: #0550ae; }
        table.boards { border-collapse: collapse; background: #ffffff; border: 1px solid #d0d7de; width: 100%; }
        table.boards th, table.boards td { padding: 4px 10px; border-bottom: 1px solid #d8dee4; text-align: left; vertical-align: top; }
        table.boards th { background: #eaeef2; font-size: 12px; text-transform: uppercase; color: #57606a; }
        table.boards td.n { text-align: right; font-variant-numeric: tabular-nums; }
        table.boards td.n.error { color: #cf222e; font-weight: 700; } table.boards td.n.warning { color: #9a6700; font-weight: 700; }
        table.boards .why { min-width: 320px; }
        table.boards td.board-name, table.boards td.module { white-space: nowrap; }
        table.boards .minor, table.boards .minor a { color: #7d4e00; }
        .folder { color: #57606a; }
        section.board { padding: 18px 28px 26px; border-top: 4px solid #d0d7de; scroll-margin-top: 0; }
        section.board.fail { border-top-color: #cf222e; } section.board.pass { border-top-color: #1a7f37; } section.board.unreadable { border-top-color: #9a6700; }
        section.board h2 { margin: 0 0 4px; font-size: 19px; word-break: break-all; }
        .board-meta { margin: 0 0 12px; color: #57606a; }
        .board-body { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
        .picture { flex: 0 0 auto; position: sticky; top: 6px; max-width: 100%; overflow-x: auto; }
        .findings { flex: 1 1 480px; min-width: 0; }
        .findings h3 { margin: 10px 0 6px; font-size: 16px; }
        .findings h3.error { color: #cf222e; } .findings h3.warning { color: #9a6700; } .findings h3.note { color: #0550ae; } .findings h3.waived { color: #57606a; }
        details > summary { cursor: pointer; }
        details > summary h3 { display: inline; }
        ol.findings-list { margin: 0 0 8px; padding: 0; list-style: none; }
        li.finding { margin: 0 0 8px; padding: 8px 12px; border: 1px solid #d0d7de; border-left: 5px solid #d0d7de; border-radius: 6px; scroll-margin-top: 10px; }
        li.finding.error { border-left-color: #cf222e; } li.finding.warning { border-left-color: #e3b341; } li.finding.note { border-left-color: #54aeff; } li.finding.waived { border-left-color: #afb8c1; color: #57606a; }
        li.finding:target { outline: 3px solid #0969da; background: #ddf4ff; }
        .finding .head { font-weight: 600; }
        .finding .rule { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; margin-right: 6px; }
        .finding .show { float: right; font-weight: 400; font-size: 12px; }
        .finding p { margin: 4px 0; }
        .finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 1px 10px; margin: 4px 0 0; font-size: 13px; }
        .finding dt { color: #57606a; }
        .finding dd { margin: 0; overflow-wrap: anywhere; }
        .finding .fix { color: #1a7f37; }
        .contact-link { margin-right: 6px; white-space: nowrap; }
        .read-error { padding: 10px 14px; border: 1px solid #d4a72c; border-radius: 6px; background: #fff8c5; }
        .no-picture { color: #57606a; font-style: italic; }
        svg.module-picture .pad:target > rect, svg.module-picture .pad:hover > rect { stroke: #8250df; stroke-width: 4px; }
        svg.module-picture .pad:target > text.pin { text-decoration: underline; }
        footer { padding: 14px 28px; color: #57606a; border-top: 1px solid #d0d7de; font-size: 12px; }
        @media print {
          .picture { position: static; }
          section.board { break-before: page; }
          details > :not(summary) { display: block; }
        }
        """;
}
