import {
  DEFAULT_TRAINING_CATALOGUE,
  type CadreUnitFacts,
  type Label,
  type PositionAt,
  type PositionDefinition,
  type TopicDefinition,
  type TrainingCatalogue,
} from '@vwu/training-domain';

/** A cell or a code as a label is matched: NFC, lower case, single spaces. */
export function labelKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

const entry = <T>(record: Readonly<Record<string, T>>, code: string): T | undefined =>
  Object.hasOwn(record, code) ? record[code] : undefined;

/**
 * The deployment's positions and course topics (TRAINING_CATALOGUE_FILE, or the platform's
 * default): the handlers look a code up here and the deciders judge what they find.
 */
export class Catalogue {
  constructor(readonly catalogue: TrainingCatalogue = DEFAULT_TRAINING_CATALOGUE) {}

  position(code: string): PositionDefinition | undefined {
    return entry(this.catalogue.positions, code);
  }

  /** A position at a unit, with the catalogue's word on it. */
  positionAt(unit: CadreUnitFacts, position: string): PositionAt {
    return { unit, position, definition: this.position(position) };
  }

  /** A position's code from its code or its Vietnamese label (Chủ tịch, Chi hội trưởng, …). */
  positionNamed(text: string): string | undefined {
    const key = labelKey(text);
    if (this.position(key)) return key;
    return Object.entries(this.catalogue.positions).find(
      ([, definition]) => labelKey(definition.label.vi) === key,
    )?.[0];
  }

  /** A position's Vietnamese label, as the export writes it (its code if it is not known). */
  positionLabel(code: string): string {
    return this.position(code)?.label.vi ?? code;
  }

  topic(code: string): TopicDefinition | undefined {
    return entry(this.catalogue.topics, code);
  }

  topicLabel(code: string): Label | null {
    return this.topic(code)?.label ?? null;
  }
}
