import { PUBLIC_EVENTS } from '../registry';
import { TOPICS } from '../topics';
import { generateContractFiles } from './generate';
import { formatJson } from './json-format';
import { type JsonSchema } from './json-schemas';

const files = generateContractFiles();

function json(path: string): Record<string, unknown> {
  const content = files.get(path);
  if (content === undefined) throw new Error(`${path} is not generated`);
  return JSON.parse(content) as Record<string, unknown>;
}

function properties(schema: JsonSchema): [string, JsonSchema][] {
  return Object.entries(schema.properties ?? {}) as [string, JsonSchema][];
}

describe('generated contract files', () => {
  it('are one schema per public event, the envelope schema and the AsyncAPI document', () => {
    expect([...files.keys()]).toEqual([
      'schemas/cloudevent.schema.json',
      'schemas/vn.vwu.organisation.UnitEstablished.v1.schema.json',
      'schemas/vn.vwu.organisation.UnitRenamed.v1.schema.json',
      'schemas/vn.vwu.organisation.UnitMoved.v1.schema.json',
      'schemas/vn.vwu.organisation.UnitsMerged.v1.schema.json',
      'schemas/vn.vwu.organisation.UnitDissolved.v1.schema.json',
      'schemas/vn.vwu.organisation.WomenPopulationRecorded.v1.schema.json',
      'schemas/vn.vwu.organisation.UnitRated.v1.schema.json',
      'schemas/vn.vwu.organisation.UnitRatingCorrected.v1.schema.json',
      'schemas/vn.vwu.organisation.UnitInspected.v1.schema.json',
      'schemas/vn.vwu.organisation.MemberOrganisationJoined.v1.schema.json',
      'schemas/vn.vwu.organisation.MemberOrganisationLeft.v1.schema.json',
      'schemas/vn.vwu.membership.MemberAdmitted.v1.schema.json',
      'schemas/vn.vwu.membership.MemberTransferred.v1.schema.json',
      'schemas/vn.vwu.membership.MembershipEnded.v1.schema.json',
      'schemas/vn.vwu.membership.MemberReadmitted.v1.schema.json',
      'schemas/vn.vwu.membership.MemberErased.v1.schema.json',
      'schemas/vn.vwu.membership.MemberAssignedToGroup.v1.schema.json',
      'schemas/vn.vwu.membership.SpecialGroupTagged.v1.schema.json',
      'schemas/vn.vwu.membership.SpecialGroupUntagged.v1.schema.json',
      'schemas/vn.vwu.membership.FeePaid.v1.schema.json',
      'schemas/vn.vwu.membership.FeeWaived.v1.schema.json',
      'schemas/vn.vwu.membership.PartyStepRecorded.v1.schema.json',
      'schemas/vn.vwu.membership.MemberRecognisedExemplary.v1.schema.json',
      'schemas/vn.vwu.membership.ClubFounded.v1.schema.json',
      'schemas/vn.vwu.membership.ClubRenamed.v1.schema.json',
      'schemas/vn.vwu.membership.ClubMemberJoined.v1.schema.json',
      'schemas/vn.vwu.membership.ClubMemberLeft.v1.schema.json',
      'schemas/vn.vwu.membership.ClubDissolved.v1.schema.json',
      'schemas/vn.vwu.training.CadreRegistered.v1.schema.json',
      'schemas/vn.vwu.training.CadreQualificationRecorded.v1.schema.json',
      'schemas/vn.vwu.training.CadreAppointed.v1.schema.json',
      'schemas/vn.vwu.training.CadrePostEnded.v1.schema.json',
      'schemas/vn.vwu.training.CadreRotated.v1.schema.json',
      'schemas/vn.vwu.training.CadreRecordMoved.v1.schema.json',
      'schemas/vn.vwu.training.CadreErased.v1.schema.json',
      'schemas/vn.vwu.training.CadreAwarded.v1.schema.json',
      'schemas/vn.vwu.training.CadreSuccessionPlanned.v1.schema.json',
      'schemas/vn.vwu.training.CourseScheduled.v1.schema.json',
      'schemas/vn.vwu.training.CadreEnrolled.v1.schema.json',
      'schemas/vn.vwu.training.SessionAttended.v1.schema.json',
      'schemas/vn.vwu.training.CadreWithdrew.v1.schema.json',
      'schemas/vn.vwu.training.CourseCompleted.v1.schema.json',
      'schemas/vn.vwu.training.ModuleCompleted.v1.schema.json',
      'schemas/asyncapi.json',
    ]);
  });

  it('are deterministic, pretty JSON indented by 2 spaces with a trailing newline', () => {
    expect(generateContractFiles()).toEqual(files);
    for (const content of files.values()) {
      expect(content).toMatch(/^\{\n {2}"[^\n]*\n[\s\S]*\n\}\n$/);
      expect(formatJson(JSON.parse(content))).toBe(content);
    }
  });

  it.each(Object.keys(PUBLIC_EVENTS))('%s: draft 2020-12, identified and documented', (type) => {
    const schema = json(`schemas/${type}.schema.json`) as JsonSchema;
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: type,
      description: PUBLIC_EVENTS[type as keyof typeof PUBLIC_EVENTS].description,
      type: 'object',
    });
    expect(schema.title).toMatch(/^[A-Z][A-Za-z]+ v\d+$/);
    for (const [field, property] of properties(schema)) {
      expect({ field, description: property.description }).toEqual({
        field,
        description: expect.stringMatching(/\w{3,}/) as string,
      });
    }
  });

  it.each(Object.keys(PUBLIC_EVENTS))('%s: leaves room for fields added later', (type) => {
    expect(json(`schemas/${type}.schema.json`)).not.toHaveProperty('additionalProperties');
  });

  it('documents every envelope attribute', () => {
    const schema = json('schemas/cloudevent.schema.json') as JsonSchema;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(properties(schema).map(([name]) => name)).toEqual([
      'specversion',
      'id',
      'source',
      'type',
      'subject',
      'time',
      'datacontenttype',
      'sequence',
      'correlationid',
      'causationid',
      'traceparent',
      'actorid',
    ]);
    for (const [, property] of properties(schema)) expect(property.description).toBeTruthy();
    expect(schema.required).not.toContain('traceparent');
  });
});

describe('the AsyncAPI document', () => {
  const document = json('schemas/asyncapi.json') as {
    asyncapi: string;
    info: { title: string; description: string };
    channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
    components: {
      schemas: { CloudEventHeaders: JsonSchema };
      messages: Record<string, { payload: JsonSchema; headers: unknown; description: string }>;
    };
  };

  it('is AsyncAPI 3.0.0, described in Vietnamese first and English second', () => {
    expect(document.asyncapi).toBe('3.0.0');
    expect(document.info.title).toBe('vwu-platform events');
    const [vietnamese, english] = document.info.description.split('\n\n');
    expect(vietnamese).toMatch(/Hội Liên hiệp Phụ nữ Việt Nam/);
    expect(english).toMatch(/Vietnam Women's Union/);
  });

  it('has one channel per topic, addressed by the topic name', () => {
    expect(Object.values(document.channels).map((channel) => channel.address)).toEqual(
      Object.values(TOPICS),
    );
  });

  it('puts each public event on its topic with its schema, headers and description', () => {
    for (const [type, definition] of Object.entries(PUBLIC_EVENTS)) {
      const channel = Object.values(document.channels).find((c) => c.address === definition.topic);
      expect(channel?.messages[type]).toEqual({ $ref: `#/components/messages/${type}` });
      const { $schema: _, $id: __, ...payload } = json(`schemas/${type}.schema.json`);
      expect(document.components.messages[type]).toMatchObject({
        payload,
        headers: { $ref: '#/components/schemas/CloudEventHeaders' },
        description: definition.description,
      });
    }
  });

  it('describes the binary-mode headers', () => {
    const headers = document.components.schemas.CloudEventHeaders;
    expect(Object.keys(headers.properties ?? {})).toEqual([
      'ce_specversion',
      'ce_id',
      'ce_source',
      'ce_type',
      'ce_subject',
      'ce_time',
      'content-type',
      'ce_sequence',
      'ce_correlationid',
      'ce_causationid',
      'ce_traceparent',
      'ce_actorid',
    ]);
    expect(headers.required).toContain('content-type');
    expect(headers.required).not.toContain('ce_traceparent');
  });
});
