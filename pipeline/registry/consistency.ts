import { certainInterval } from "./dates.ts";
import type { Registry } from "./registry.ts";
import type { Tenure } from "./types.ts";

/**
 * Checks over the whole registry that the JSON Schemas cannot express.
 * Returns one message per problem (empty when consistent):
 * - person_id prefix matches the country (`vn-` / `jp-`);
 * - every position's office belongs to the person's country;
 * - start ≤ end for every position;
 * - no two people hold a single-holder office on the same day, judged on
 *   the intervals that are certain given the stated precision;
 * - every position and rank has a source.
 */
export function checkConsistency(registry: Registry): string[] {
  const problems: string[] = [];
  for (const p of registry.persons) {
    const prefix = `${p.country.toLowerCase()}-`;
    if (!p.person_id.startsWith(prefix)) problems.push(`person "${p.person_id}": field person_id: must start with "${prefix}" for country ${p.country}`);
    p.positions.forEach((pos, i) => {
      const office = registry.office(pos.office_id);
      if (office && office.country !== p.country) problems.push(`person "${p.person_id}": field positions[${i}].office_id: office of ${office.country} held by a ${p.country} person`);
      if (pos.end !== null && pos.end < pos.start) problems.push(`person "${p.person_id}": field positions[${i}]: end ${pos.end} is before start ${pos.start}`);
      if (!pos.source.trim()) problems.push(`person "${p.person_id}": field positions[${i}].source: empty`);
    });
    p.ranks.forEach((r, i) => {
      if (!r.source.trim()) problems.push(`person "${p.person_id}": field ranks[${i}].source: empty`);
    });
  }
  for (const office of registry.offices) {
    if (!office.single_holder) continue;
    const tenures: Tenure[] = [];
    for (const p of registry.persons) for (const position of p.positions) if (position.office_id === office.office_id) tenures.push({ person: p, office, position });
    for (let i = 0; i < tenures.length; i++) {
      for (let j = i + 1; j < tenures.length; j++) {
        const a = tenures[i]!;
        const b = tenures[j]!;
        if (a.person.person_id === b.person.person_id) continue;
        const [alo, ahi] = certainInterval(a.position);
        const [blo, bhi] = certainInterval(b.position);
        const lo = alo > blo ? alo : blo;
        const hi = ahi < bhi ? ahi : bhi;
        if (lo <= hi) {
          problems.push(`office "${office.office_id}": "${a.person.person_id}" (${a.position.start}…${a.position.end ?? "open"}) and "${b.person.person_id}" (${b.position.start}…${b.position.end ?? "open"}) both hold it from ${lo} to ${hi}`);
        }
      }
    }
  }
  return problems;
}
