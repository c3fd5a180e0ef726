import { DEFAULT_TRAINING_CATALOGUE } from '@vwu/training-domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTrainingCatalogue } from './training-catalogue.config';

const dir = mkdtempSync(join(tmpdir(), 'training-catalogue-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

const label = (vi: string) => ({ vi, en: vi });
const TOPICS = {
  'it-digital-transformation': { label: label('Chuyển đổi số') },
  'data-analysis': { label: label('Phân tích dữ liệu') },
  'family-skills': { label: label('Kỹ năng xây dựng gia đình') },
};

describe('the training catalogue (TRAINING_CATALOGUE_FILE)', () => {
  it('is the default catalogue when no file is configured', () => {
    expect(loadTrainingCatalogue(undefined)).toBe(DEFAULT_TRAINING_CATALOGUE);
  });

  it('reads positions and topics from a file: a province’s own posts need no release', () => {
    const catalogue = loadTrainingCatalogue(
      file('ok.json', {
        positions: {
          chairwoman: {
            label: label('Chủ tịch'),
            unitKinds: ['province', 'grassroots'],
            single: true,
            figures: ['head', 'key'],
          },
          'permanent-vice-chair': {
            label: label('Phó Chủ tịch Thường trực'),
            unitKinds: ['province'],
            single: true,
            figures: ['key'],
          },
          treasurer: { label: label('Thủ quỹ'), unitKinds: ['branch'], single: false },
        },
        topics: TOPICS,
      }),
    );
    expect(catalogue.positions['permanent-vice-chair']).toMatchObject({
      single: true,
      figures: ['key'],
    });
    expect(catalogue.positions['treasurer']?.figures).toEqual([]);
    expect(Object.keys(catalogue.topics)).toEqual(Object.keys(TOPICS));
  });

  it('refuses a file that is not a catalogue, saying where', () => {
    expect(() =>
      loadTrainingCatalogue(
        file('bad.json', {
          positions: { Chairwoman: { label: label('x'), unitKinds: [], single: 'yes' } },
          topics: TOPICS,
        }),
      ),
    ).toThrow(/bad\.json is not a training catalogue:[\s\S]*positions\.Chairwoman/);
  });

  it('refuses a figure the platform does not count, and a catalogue without target 3’s topics', () => {
    const positions = {
      chairwoman: { label: label('Chủ tịch'), unitKinds: ['grassroots'], single: true },
      boss: { label: label('Sếp'), unitKinds: ['grassroots'], single: true, figures: ['vip'] },
    };
    expect(() => loadTrainingCatalogue(file('vip.json', { positions, topics: TOPICS }))).toThrow(
      /vip\.json is not a training catalogue:[\s\S]*positions\.boss\.figures\.0/,
    );
    const chair = { chairwoman: positions.chairwoman };
    const topics = { law: { label: label('Pháp luật') } };
    expect(() => loadTrainingCatalogue(file('wrong.json', { positions: chair, topics }))).toThrow(
      /wrong\.json:[\s\S]*it-digital-transformation[\s\S]*data-analysis/,
    );
  });
});
