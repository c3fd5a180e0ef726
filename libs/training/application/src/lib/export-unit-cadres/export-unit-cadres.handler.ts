import { Injectable } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { authorise } from '@vwu/platform-auth';
import { openPosts, UnitNotActiveError, type CadreRecord } from '@vwu/training-domain';
import { writeTable } from '@vwu/platform-tabular';
import {
  cadrePath,
  CadrePersonalData,
  CadreWorkspace,
  type CadrePersonalFields,
} from '../cadre-streams';
import { Catalogue } from '../catalogue';
import { TrainingUnits } from '../ports';
import { QUALIFICATION_LABELS } from '../start-cadre-import/cadre-labels';
import { CADRE_EXPORT_COLUMNS } from '../start-cadre-import/cadre-sheet';
import { CadreRoster, ExportUnitCadresQuery, type CadreListFile } from './export-unit-cadres.query';

/** Cadres read at once. */
const CONCURRENCY = 16;

const dmy = (date: string) => date.split('-').reverse().join('/');

function factLabel(cadre: CadreRecord, fact: keyof typeof QUALIFICATION_LABELS): string {
  const value = cadre.qualifications[fact]?.value;
  return value === undefined ? '' : (QUALIFICATION_LABELS[fact][value] ?? value);
}

/** Her row in the import's columns; her first current post (a row of the import has one). */
function rowOf(
  cadre: CadreRecord,
  personal: CadrePersonalFields,
  positionLabel: (code: string) => string,
): string[] {
  const post = openPosts(cadre).sort((a, b) => a.appointedOn.localeCompare(b.appointedOn))[0];
  return [
    cadre.cadreId,
    personal.fullName,
    dmy(personal.birthDate),
    personal.nationalId,
    personal.phone ?? '',
    cadre.unitId,
    cadre.memberId ?? '',
    dmy(cadre.registeredOn),
    factLabel(cadre, 'education'),
    factLabel(cadre, 'political-theory'),
    factLabel(cadre, 'party'),
    factLabel(cadre, 'full-time'),
    post ? positionLabel(post.position) : '',
    post && post.unitId !== cadre.unitId ? post.unitId : '',
    post ? dmy(post.appointedOn) : '',
  ];
}

/** A cadre's row of the list, with her personal data opened and her post's label. */
@Injectable()
export class CadreListRows {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly personalData: CadrePersonalData,
    private readonly catalogue: Catalogue,
  ) {}

  /** Her row, from her stream (not the roster, which may lag): in the subtree, not erased. */
  async rowOf(cadreId: string, unitId: string): Promise<string[] | undefined> {
    const loaded = await this.cadres.load(cadreId);
    const cadre = loaded.state;
    if (cadre.status === 'none' || cadre.erased || !cadrePath(cadre).includes(unitId))
      return undefined;
    const personal = await this.personalData.open(loaded);
    return personal && rowOf(cadre, personal, (code) => this.catalogue.positionLabel(code));
  }
}

/**
 * The cadres whose records a unit's subtree keeps, with their personal data in full, their
 * qualifications and current post: a bulk copy of personal data leaving the system, so only
 * for roles with `cadres:personal-data` in the unit's scope. Erased cadres are not listed.
 */
@QueryHandler(ExportUnitCadresQuery)
export class ExportUnitCadresHandler implements IQueryHandler<
  ExportUnitCadresQuery,
  CadreListFile
> {
  constructor(
    private readonly units: TrainingUnits,
    private readonly roster: CadreRoster,
    private readonly cadreRows: CadreListRows,
  ) {}

  async execute({ unitId, actor }: ExportUnitCadresQuery): Promise<CadreListFile> {
    const unit = await this.units.facts(unitId);
    if (!unit.active) throw new UnitNotActiveError(unitId);
    const path = [...unit.ancestorIds, unit.unitId];
    authorise(actor, 'cadres:read', path);
    authorise(actor, 'cadres:personal-data', path);
    const queue = await this.roster.cadresUnder(unitId);
    const rows: string[][] = [];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const row = await this.cadreRows.rowOf(id, unitId);
        if (row) rows.push(row);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    rows.sort(
      (a, b) =>
        (a[1] ?? '').localeCompare(b[1] ?? '', 'vi') || (a[0] ?? '').localeCompare(b[0] ?? ''),
    );
    const content = await writeTable(
      { sheetName: 'Cán bộ', columns: CADRE_EXPORT_COLUMNS, rows },
      'xlsx',
    );
    return { fileName: `can-bo-${unitId}.xlsx`, content };
  }
}
