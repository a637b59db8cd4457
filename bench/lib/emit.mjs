/** A tiny block-style YAML writer for the generator's plain data (no library, so output looks hand-written). */
const RESERVED = /^(?:true|false|null|~|yes|no|on|off|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;

function scalar(v, inFlow = false) {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const unsafe =
    v === '' || v !== v.trim() || RESERVED.test(v) || /^[-?:,[\]{}#&*!|>'"%@`]/.test(v) ||
    /: |:$| #|[\n\t]/.test(v) || (inFlow && /[,[\]{}]/.test(v));
  return unsafe ? JSON.stringify(v) : v;
}

const isList = Array.isArray;
const isMap = (v) => v !== null && typeof v === 'object' && !isList(v);

/** Lines of a mapping at the given indent; short scalar lists are written in flow style `[a, b]`. */
function mapping(obj, indent) {
  const pad = ' '.repeat(indent);
  const out = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || (isList(v) && v.length === 0)) continue;
    if (!isList(v)) out.push(`${pad}${k}: ${scalar(v)}`);
    else if (v.every((x) => !isMap(x)) && v.join('').length <= 40) out.push(`${pad}${k}: [${v.map((x) => scalar(x, true)).join(', ')}]`);
    else {
      out.push(`${pad}${k}:`);
      for (const x of v) {
        if (!isMap(x)) { out.push(`${pad}  - ${scalar(x)}`); continue; }
        const inner = mapping(x, indent + 4);
        out.push(`${pad}  - ${inner[0].trimStart()}`, ...inner.slice(1));
      }
    }
  }
  return out;
}

export const toYaml = (obj) => mapping(obj, 0).join('\n') + '\n';
