import { parseEventData } from '@vwu/contracts';
import { DEFAULT_UNIT_KIND_CATALOGUE } from '@vwu/organisation-domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadUnitKindCatalogue } from './kind-catalogue.config';
import { organisationPublicEvents } from './public-events';

const unitId = '3f1c2a64-5a3e-4f4b-9d61-0c8a2b7e9d10';
const parentId = '0190a6e6-8b1e-7c3a-9f00-123456789abc';

describe('organisation public events', () => {
  it('maps each internal event to a public event that meets the contract', () => {
    const established = organisationPublicEvents({
      eventId: 'e1',
      version: 1,
      type: 'UnitEstablished',
      data: {
        unitId,
        name: 'Chi hội 5',
        kind: 'branch',
        parentId,
        ancestorIds: [parentId],
        establishedOn: '2025-07-01',
      },
    });
    const renamed = organisationPublicEvents({
      eventId: 'e2',
      version: 2,
      type: 'UnitRenamed',
      data: { unitId, name: 'Chi hội Năm', previousName: 'Chi hội 5', renamedOn: '2025-08-01' },
    });
    expect(established?.type).toBe('vn.vwu.organisation.UnitEstablished.v1');
    expect(renamed?.type).toBe('vn.vwu.organisation.UnitRenamed.v1');
    expect(() => parseEventData(established!.type as never, established!.data)).not.toThrow();
    expect(() => parseEventData(renamed!.type as never, renamed!.data)).not.toThrow();
  });

  it('keeps an event it does not know internal', () => {
    expect(
      organisationPublicEvents({ eventId: 'e', version: 1, type: 'UnitNoted', data: {} }),
    ).toBeUndefined();
  });
});

describe('unit kind catalogue from configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  const file = (name: string, content: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };

  it('is the default catalogue when no file is configured', () => {
    expect(loadUnitKindCatalogue(undefined)).toBe(DEFAULT_UNIT_KIND_CATALOGUE);
  });

  it('reads a catalogue from a file: a new structure needs no release', () => {
    const catalogue = loadUnitKindCatalogue(
      file('ok.json', {
        rootKind: 'province',
        kinds: {
          province: { label: { vi: 'Tỉnh Hội', en: 'Province union' }, parents: [] },
          club: {
            label: { vi: 'Câu lạc bộ', en: 'Club' },
            parents: [{ kind: 'province', from: '2026-01-01' }],
          },
        },
      }),
    );
    expect(Object.keys(catalogue.kinds)).toEqual(['province', 'club']);
  });

  it('refuses a file that is not a catalogue, or one that contradicts itself, saying why', () => {
    expect(() =>
      loadUnitKindCatalogue(file('bad.json', { rootKind: 'province', kinds: { Province: {} } })),
    ).toThrow(/bad\.json is not a unit kind catalogue/);
    const orphan = file('orphan.json', {
      rootKind: 'province',
      kinds: {
        province: { label: { vi: 'a', en: 'a' }, parents: [] },
        branch: { label: { vi: 'b', en: 'b' }, parents: [{ kind: 'grassroots' }] },
      },
    });
    expect(() => loadUnitKindCatalogue(orphan)).toThrow(/orphan\.json: .*grassroots/);
  });
});
