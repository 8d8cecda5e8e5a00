/**
 * A tiny template language for synthetic sentences:
 *
 *   "{Tại hội đàm|Tại buổi hội đàm}, hai bên {đã |}trao đổi về $T."
 *
 * `{a|b|c}` picks one alternative (alternatives may be empty and may nest),
 * `$NAME` (capitals, digits, underscore) is replaced by the slot of that
 * name. Parsed once per template string; expansion only draws from the
 * given Rng, so it is deterministic.
 */
import type { Rng } from "./prng.ts";

type Node = string | { readonly slot: string } | { readonly alts: readonly (readonly Node[])[] };

export type Slots = Readonly<Record<string, () => string>>;

const parsed = new Map<string, readonly Node[]>();

export function expand(template: string, rng: Rng, slots: Slots): string {
  let nodes = parsed.get(template);
  if (!nodes) {
    nodes = parse(template);
    parsed.set(template, nodes);
  }
  return tidy(render(nodes, rng, slots, template));
}

/** Fold the spaces an empty alternative leaves, and spaces before punctuation. */
export function tidy(s: string): string {
  return s.replace(/ {2,}/g, " ").replace(/ ([,.;:!?)])/g, "$1").replace(/\( /g, "(").trim();
}

function render(nodes: readonly Node[], rng: Rng, slots: Slots, template: string): string {
  let out = "";
  for (const n of nodes) {
    if (typeof n === "string") out += n;
    else if ("slot" in n) {
      const fill = slots[n.slot];
      if (!fill) throw new Error(`template slot $${n.slot} has no value in ${JSON.stringify(template)}`);
      out += fill();
    } else out += render(rng.pick(n.alts), rng, slots, template);
  }
  return out;
}

function parse(t: string): Node[] {
  let i = 0;
  const seq = (inGroup: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = "";
    const flush = () => {
      if (text) nodes.push(text);
      text = "";
    };
    while (i < t.length) {
      const c = t[i]!;
      if (c === "{") {
        flush();
        i++;
        const alts: Node[][] = [seq(true)];
        while (t[i] === "|") {
          i++;
          alts.push(seq(true));
        }
        if (t[i] !== "}") throw new Error(`unclosed { in template ${JSON.stringify(t)}`);
        i++;
        nodes.push({ alts });
      } else if (inGroup && (c === "|" || c === "}")) break;
      else if (c === "$" && /[A-Z]/.test(t[i + 1] ?? "")) {
        flush();
        let j = i + 1;
        while (j < t.length && /[A-Z0-9_]/.test(t[j]!)) j++;
        nodes.push({ slot: t.slice(i + 1, j) });
        i = j;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return nodes;
  };
  const nodes = seq(false);
  if (i < t.length) throw new Error(`unexpected ${JSON.stringify(t[i])} at ${i} in template ${JSON.stringify(t)}`);
  return nodes;
}
