// Reads Mermaid user journeys with Mermaid's own parser, as a browser would.
//   node check.mjs FILE...
// Prints one JSON line per file: {"file", "ok": true, "title", "sections", "tasks"} with
// entities ("#58;") and <br> decoded, or {"file", "ok": false, "error"}. Exits 1 when a file
// does not parse. Used by tests/unit/tst_mermaidformat.cpp; run `npm install` here first
// (scripts/install-deps.sh does).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

// Mermaid keeps entities encoded ("ﬂ°°58¶ß") until it draws; decode them as the SVG would.
const decode = (text) =>
    String(text ?? '')
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/ﬂ°°(\d+)¶ß/g, (_, code) => String.fromCodePoint(Number(code)))
        .replace(/ﬂ°(\w+)¶ß/g, (_, name) => `&${name};`)
        .trim();

let failures = 0;
for (const file of process.argv.slice(2)) {
    const text = readFileSync(file, 'utf8');
    try {
        const parsed = await mermaid.parse(text);
        if (!parsed || parsed.diagramType !== 'journey')
            throw new Error(`not a journey diagram (${parsed && parsed.diagramType})`);
        const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
        const db = diagram.db;
        console.log(JSON.stringify({
            file,
            ok: true,
            title: decode(db.getDiagramTitle()),
            sections: db.getSections().map(decode),
            tasks: db.getTasks().map((t) => ({
                section: decode(t.section),
                task: decode(t.task),
                score: t.score,
                people: (t.people || []).map(decode).filter((p) => p !== ''),
            })),
        }));
    } catch (e) {
        failures++;
        const message = String(e && e.message ? e.message : e);
        console.log(JSON.stringify({ file, ok: false, error: message }));
    }
}
process.exit(failures ? 1 : 0);
