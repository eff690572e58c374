/** Styles of the report pages: system fonts only (no web fonts), print rules for PDF export. */
export const CSS = `
:root{--err:#c62828;--warn:#a55d00;--info:#1565c0;--bg:#fff;--fg:#1b1b1b;--muted:#5f6368;--line:#e3e3e3;--soft:#f7f7f8;--flash:#fff59d}
*{box-sizing:border-box}
html{scroll-padding-top:48px}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans","Liberation Sans",Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0}
header.top{padding:14px 24px;border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0 0 4px;line-height:1.3}
h2{font-size:14px;margin:14px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.meta{color:var(--muted);font-size:13px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 360px;align-items:start}
main{padding:12px 20px 40px;min-width:0}
aside.panel{position:sticky;top:0;max-height:100vh;overflow:auto;border-left:1px solid var(--line);padding:8px 14px 24px;background:var(--soft);font-size:13px}
table.pair{width:100%;border-collapse:collapse;table-layout:fixed}
table.pair thead th{position:sticky;top:0;z-index:1;background:#fafafa;text-align:left;font-size:12px;color:var(--muted);border-bottom:1px solid var(--line);padding:6px 8px;font-weight:600}
table.pair col.c-bead{width:78px}
table.pair td{vertical-align:top;padding:8px;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
td.bead{font-size:12px;color:var(--muted)}
td.bead .no{font-weight:600;color:var(--fg)}
.conf{display:inline-block;margin-top:2px;padding:0 4px;border-radius:3px;background:#eceff1}
.conf.low{background:#ffe0b2;color:#6d3b00}
.conf.ok{background:#e0f2e9;color:#1b5e20}
td.gap{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#f3f3f3 6px,#f3f3f3 12px);color:var(--muted);font-style:italic;font-size:13px}
.block + .block{margin-top:8px;padding-top:8px;border-top:1px dashed var(--line)}
.block.flagged{box-shadow:inset 3px 0 0 var(--warn);padding-left:8px;background:#fff8ec}
.block.flagged.sev-error{box-shadow:inset 3px 0 0 var(--err);background:#fdf0f0}
.block.flagged.sev-info{box-shadow:inset 3px 0 0 var(--info);background:#eef5fd}
.block.flagged.all-dismissed{box-shadow:inset 3px 0 0 #bbb;background:#f4f4f4}
.bno{font-size:11px;color:var(--muted);margin-right:6px;user-select:none}
mark{background:#ffedb8;border-bottom:2px solid var(--warn);padding:0 1px;color:inherit}
mark.error{background:#fbd9d9;border-color:var(--err)}
mark.info{background:#dcebfb;border-color:var(--info)}
mark.dismissed{background:#eee;border-bottom:2px dotted #aaa}
mark.off{background:none;border-bottom-color:transparent}
.current,mark.current{outline:2px solid #1a73e8;outline-offset:1px}
tr.flash td{animation:flash 1.2s ease-out}
@keyframes flash{from{background:var(--flash)}to{background:inherit}}
tr.findings-row td{padding-top:0;border-bottom:1px solid var(--line)}
ul.findings{margin:0;padding:0;list-style:none;font-size:13px}
ul.findings li{margin:3px 0;padding:3px 8px;border-left:3px solid var(--warn);background:#fffaf0}
ul.findings li.error{border-color:var(--err);background:#fff5f5}
ul.findings li.info{border-color:var(--info);background:#f3f8fe}
ul.findings li.dismissed{border-color:#bbb;background:#f5f5f5;color:#777}
ul.findings li.dismissed .msg{text-decoration:line-through}
.hidden{display:none!important}
.sev{font-weight:700;text-transform:uppercase;font-size:10.5px;letter-spacing:.03em;margin-right:6px}
.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}
li.dismissed .sev{color:#888}
.rule{color:var(--muted);font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:11.5px;margin-left:6px}
.reason{display:block;font-size:12px;color:#555;font-style:italic}
.where{color:var(--muted);font-size:11.5px;margin-left:6px}
.counts{border-collapse:collapse;width:100%;margin-bottom:4px}
.counts td,.counts th{padding:2px 4px;text-align:left;border-bottom:1px solid var(--line);font-weight:normal}
.counts td.n{text-align:right;font-variant-numeric:tabular-nums}
.filters{display:grid;grid-template-columns:1fr 1fr;gap:6px}
.filters label{display:flex;flex-direction:column;font-size:11.5px;color:var(--muted)}
.filters .wide{grid-column:1 / -1}
.filters select,.filters input{font:inherit;font-size:13px;padding:3px 4px}
.nav{display:flex;gap:6px;align-items:center;margin:8px 0}
.nav button,.review-ctl button,.bead-ctl button{font:inherit;font-size:12px;padding:2px 8px;cursor:pointer}
.hint{color:var(--muted);font-size:11.5px}
ol.panel-list{list-style:none;margin:6px 0 0;padding:0}
ol.panel-list li{padding:4px 6px;margin:2px 0;border-left:3px solid var(--warn);background:#fff;cursor:pointer}
ol.panel-list li.error{border-color:var(--err)}
ol.panel-list li.info{border-color:var(--info)}
ol.panel-list li.dismissed{border-color:#bbb;color:#777}
ol.panel-list li a{color:inherit;text-decoration:none}
ol.panel-list li.current{outline:2px solid #1a73e8}
.sent-row{display:none}
body.sentences tr.has-sent{display:none}
body.sentences tr.sent-row{display:table-row}
tr.sent-row td{padding-top:5px;padding-bottom:5px}
tr.sent-row:has(+ tr.sent-next) td{border-bottom:1px dotted var(--line)}
body.review table.pair col.c-bead{width:104px}
.bead-ctl button{white-space:nowrap;text-align:left}
.review-ctl,.bead-ctl{display:none}
body.review .review-ctl{display:inline-flex;gap:4px;margin-left:8px;align-items:center;flex-wrap:wrap}
body.review .bead-ctl{display:flex;flex-direction:column;gap:3px;margin-top:6px}
.review-ctl select,.review-ctl input{font:inherit;font-size:12px;padding:1px 3px}
.status{position:fixed;bottom:12px;left:12px;background:#323232;color:#fff;padding:6px 12px;border-radius:4px;font-size:13px}
.status:empty{display:none}
table.index{border-collapse:collapse;margin-top:8px}
table.index th,table.index td{padding:6px 12px;border-bottom:1px solid var(--line);text-align:left}
table.index td.n{text-align:right;font-variant-numeric:tabular-nums}
table.index td:first-child{white-space:nowrap}
table.index th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
table.index th[aria-sort=ascending] button::after{content:" ▲"}
table.index th[aria-sort=descending] button::after{content:" ▼"}
svg.chart text{font:12px system-ui,"DejaVu Sans",sans-serif;fill:#333}
.legend span{display:inline-block;margin-right:12px;font-size:12px}
.legend svg{margin-right:4px;vertical-align:-1px}
table.index th[data-type=number]{text-align:right}
@media (max-width:900px){.layout{display:block}aside.panel{position:static;max-height:none;border-left:0;border-top:1px solid var(--line)}}
@media print{
  @page{size:A4 landscape;margin:12mm}
  body{font-size:10.5pt}
  .layout{display:flex;flex-direction:column}
  aside.panel{order:-1;position:static;max-height:none;overflow:visible;border:0;background:none;padding:0 20px;display:flex;gap:32px;align-items:flex-start}
  aside.panel h2{display:none}
  .counts{width:auto}
  .current,mark.current,ol.panel-list li.current{outline:none}
  tr.flash td{animation:none}
  .no-print,.review-ctl,.bead-ctl,.filters,.nav,.hint,ol.panel-list,.status{display:none!important}
  table.pair thead th{position:static}
  table.pair thead{display:table-header-group}
  tr.findings-row,.block{break-inside:avoid}
  tr.findings-row{break-before:avoid}
  body.sentences tr.has-sent{display:table-row}
  body.sentences tr.sent-row{display:none}
  td.gap{background:#f3f3f3}
}
`;
