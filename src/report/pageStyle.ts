/** The report page's stylesheet (inline, so the page opens from disk with no network). */
export const PAGE_CSS = `
body { font-family: system-ui, sans-serif; margin: 1.5rem auto; max-width: 1200px; padding: 0 1rem; color: #222; line-height: 1.4; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 0; font-size: 1.2rem; } h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
table { border-collapse: collapse; margin: 0.4rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th, .counts th { background: #f3f3f3; }
blockquote { margin: 0.5rem 0; padding: 0.4rem 0.8rem; border-left: 4px solid #999; background: #fafafa; font-style: italic; }
section.claim { border: 1px solid #ddd; border-left-width: 6px; border-radius: 4px; padding: 0.8rem 1rem; margin: 1.2rem 0; }
section.claim.tone-ok { border-left-color: #2e7d32; } section.claim.tone-pending { border-left-color: #b28704; } section.claim.tone-bad { border-left-color: #c62828; }
.badge { font-size: 0.8rem; padding: 0.1rem 0.5rem; border-radius: 1rem; font-weight: normal; vertical-align: middle; }
.badge.tone-ok, tr.tone-ok td:nth-child(4) { background: #d4f7d4; } .badge.tone-pending, tr.tone-pending td:nth-child(4) { background: #f7f0d4; }
.badge.tone-bad, tr.tone-bad td:nth-child(4) { background: #f7d4d4; }
.unmet { color: #b71c1c; } .pending-note { color: #8a6d00; } .note, .source { color: #555; font-size: 0.85rem; }
pre.case { background: #f6f8fa; padding: 0.5rem; overflow-x: auto; font-size: 0.8rem; max-height: 20rem; }
table.numbers { font-family: ui-monospace, monospace; font-size: 0.8rem; }
.plots { display: flex; flex-wrap: wrap; gap: 1rem; } figure.plot { margin: 0; } figcaption { font-size: 0.8rem; color: #555; }
table.overview td:last-child { white-space: nowrap; }
#graph svg { max-width: 100%; height: auto; border: 1px solid #eee; }
`;
