// Entities mentioned inside a highlight: the drawn mentions whose ranges overlap the
// highlight's range, as global entity keys and canonical names (stored with the highlight for
// entity-aware search).
import type { EntityType } from '../model/types';
import { entityKey } from '../model/entity-key';

export interface MentionLike {
  range: Range;
  entityId: string;
}
export interface EntityLike {
  id: string;
  name: string;
  type: EntityType;
}

export function entitiesIn(
  range: Range,
  mentions: readonly MentionLike[],
  entities: readonly EntityLike[],
): { keys: string[]; names: string[] } {
  const keys: string[] = [];
  const names: string[] = [];
  for (const m of mentions) {
    const overlaps =
      range.compareBoundaryPoints(Range.END_TO_START, m.range) < 0 &&
      range.compareBoundaryPoints(Range.START_TO_END, m.range) > 0;
    if (!overlaps) continue;
    const e = entities.find((x) => x.id === m.entityId);
    if (!e || e.type === 'MISC') continue;
    const key = entityKey(e.type, e.name);
    if (!keys.includes(key)) {
      keys.push(key);
      names.push(e.name);
    }
  }
  return { keys, names };
}
