import {
  DEFAULT_TRAINING_CATALOGUE,
  cadreStreamId,
  type TrainingCatalogue,
} from '@vwu/training-domain';
import { randomUUID } from 'node:crypto';
import { AppointCadreCommand } from './appoint-cadre/appoint-cadre.command';
import { Catalogue } from './catalogue';
import { GetCourseQuery, ScheduleCourseCommand } from './courses/course.commands';
import { cadresUnderTest, CITY, officer, registered, WARD } from './testing/cadres-under-test';
import { coursesUnderTest } from './testing/courses-under-test';

/** A province's own catalogue: a single permanent vice-chair, key; a topic of its own. */
const PROVINCE: TrainingCatalogue = {
  positions: {
    ...DEFAULT_TRAINING_CATALOGUE.positions,
    'permanent-vice-chair': {
      label: { vi: 'Phó Chủ tịch Thường trực', en: 'Permanent vice-chair' },
      unitKinds: ['province', 'grassroots'],
      single: true,
      figures: ['key'],
    },
  },
  topics: {
    ...DEFAULT_TRAINING_CATALOGUE.topics,
    'family-skills': { label: { vi: 'Kỹ năng xây dựng gia đình', en: 'Family skills' } },
  },
};

const deputy = { unitId: WARD, position: 'permanent-vice-chair', appointedOn: '2024-03-01' };
const course = {
  unitId: WARD,
  title: 'Gia đình hạnh phúc',
  topic: 'family-skills',
  form: 'in-person',
  startsOn: '2024-01-01',
  endsOn: '2024-12-31',
  capacity: 20,
  sessions: 2,
} as const;

describe("the deployment's catalogue of positions and topics", () => {
  it('appoints to a position of its own, single as it says, with what the figures count', async () => {
    const t = cadresUnderTest(new Catalogue(PROVINCE));
    const [lan, hoa] = [await registered(t), await registered(t)];
    await t.appoint.execute(new AppointCadreCommand(lan, deputy, officer(CITY), randomUUID()));
    await expect(
      t.appoint.execute(new AppointCadreCommand(hoa, deputy, officer(CITY), randomUUID())),
    ).rejects.toMatchObject({ code: 'training.seat-taken' });
    const events = await t.store.readStream(cadreStreamId(lan));
    expect(events.find((e) => e.type === 'CadreAppointed')?.data).toMatchObject({
      position: 'permanent-vice-chair',
      figures: ['key'],
    });
  });

  it('refuses that position under the default catalogue', async () => {
    const t = cadresUnderTest();
    const lan = await registered(t);
    await expect(
      t.appoint.execute(new AppointCadreCommand(lan, deputy, officer(CITY), randomUUID())),
    ).rejects.toMatchObject({ code: 'training.unknown-position', kind: 'invalid' });
  });

  it('schedules a course of its own topic, shown with its label; the default refuses it', async () => {
    const t = coursesUnderTest(new Catalogue(PROVINCE));
    const id = randomUUID();
    await t.schedule.execute(new ScheduleCourseCommand(course, officer(CITY), id));
    expect(await t.getCourse.execute(new GetCourseQuery(id, officer(CITY)))).toMatchObject({
      topic: 'family-skills',
      topicLabel: { vi: 'Kỹ năng xây dựng gia đình', en: 'Family skills' },
    });
    const plain = coursesUnderTest();
    await expect(
      plain.schedule.execute(new ScheduleCourseCommand(course, officer(CITY), randomUUID())),
    ).rejects.toMatchObject({ code: 'training.course-invalid' });
  });

  it('names a position by its code or its Vietnamese label, as a sheet may', () => {
    const catalogue = new Catalogue(PROVINCE);
    expect(catalogue.positionNamed('  phó  chủ tịch thường trực ')).toBe('permanent-vice-chair');
    expect(catalogue.positionNamed('permanent-vice-chair')).toBe('permanent-vice-chair');
    expect(new Catalogue().positionNamed('Phó Chủ tịch Thường trực')).toBeUndefined();
    expect(catalogue.positionLabel('permanent-vice-chair')).toBe('Phó Chủ tịch Thường trực');
  });
});
