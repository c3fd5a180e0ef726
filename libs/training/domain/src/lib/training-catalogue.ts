import { DEFAULT_POSITION_CATALOGUE, type Label, type PositionDefinition } from './cadre.values';
import { DEFAULT_COURSE_TOPICS } from './courses/course.values';

export interface TopicDefinition {
  readonly label: Label;
}

/**
 * The deployment's positions (chức vụ) and course topics (chủ đề): configuration like the unit
 * kinds, so a province with other posts or topics loads a file, not a release.
 */
export interface TrainingCatalogue {
  readonly positions: Readonly<Record<string, PositionDefinition>>;
  readonly topics: Readonly<Record<string, TopicDefinition>>;
}

export const DEFAULT_TRAINING_CATALOGUE: TrainingCatalogue = {
  positions: DEFAULT_POSITION_CATALOGUE,
  topics: Object.fromEntries(
    Object.entries(DEFAULT_COURSE_TOPICS).map(([code, label]) => [code, { label }]),
  ),
};

/** The topics target 3 counts by code: a catalogue keeps them (seed 002, §II.3). */
export const TARGET_TOPICS = ['it-digital-transformation', 'data-analysis'] as const;

function positionProblems(code: string, position: PositionDefinition): string[] {
  return position.unitKinds.length === 0
    ? [`chức vụ '${code}' không thuộc loại đơn vị nào — position '${code}' exists at no unit kind`]
    : [];
}

/** What is wrong with a catalogue, in words (none for a good one). */
export function validateTrainingCatalogue(catalogue: TrainingCatalogue): string[] {
  const positions = Object.entries(catalogue.positions);
  return [
    ...(positions.length === 0 ? ['danh mục không có chức vụ nào — no positions'] : []),
    ...positions.flatMap(([code, position]) => positionProblems(code, position)),
    ...TARGET_TOPICS.filter((t) => !Object.hasOwn(catalogue.topics, t)).map(
      (t) =>
        `thiếu chủ đề '${t}' mà chỉ tiêu 3 tính — the topic '${t}' that target 3 counts is missing`,
    ),
  ];
}
