import type { AggregateProfile } from './aggregates.ts';

// The files a new command starts from. What is left to write by hand: the rule's refusals and
// the event's facts (the domain file), its test, the body's fields (the declaration) and the
// public contract's fields; the rest only wires them.

export interface CommandNames {
  /** suspend-club, SuspendClub, suspendClub */
  readonly file: string;
  readonly type: string;
  readonly fn: string;
  readonly event: string;
  readonly eventFile: string;
  readonly eventConst: string;
  readonly summary: string;
}

export function domainRule(p: AggregateProfile, n: CommandNames): string {
  const A = pascalOf(p.aggregate);
  return `import { ${p.notFound} } from './${p.aggregate}.errors';
import type { ${A}State } from './${p.aggregate}.state';

/** ${n.summary} */
export interface ${n.type} {
  readonly type: '${n.type}';
  readonly ${p.idField}: string;
}

export interface ${n.event} {
  readonly type: '${n.event}';
  readonly data: { readonly ${p.idField}: string };
}

export function ${n.fn}(command: ${n.type}, state: ${A}State): readonly ${n.event}[] {
  if (${p.absent}) throw new ${p.notFound}(command.${p.idField});
  return [{ type: '${n.event}', data: { ${p.idField}: command.${p.idField} } }];
}
`;
}

export function domainSpec(p: AggregateProfile, n: CommandNames): string {
  const A = pascalOf(p.aggregate);
  return `import { deciderSpec } from '@vwu/platform-testing';
${p.decider.imports.join('\n')}
import { ${p.notFound} } from './${p.aggregate}.errors';
import type { ${A}Event } from './${p.aggregate}.events';
import type { ${n.type} } from './${n.file}';

const spec = deciderSpec(${p.decider.expression});
const ID = 'c1000000-0000-4000-8000-0000000000ff';
const existing: ${A}Event = ${p.seedEvent};
const command: ${n.type} = { type: '${n.type}', ${p.idField}: ID };

describe('${n.summary.replace(/'/g, "\\'")}', () => {
  it('records ${n.event}', () => {
    spec
      .given([existing])
      .when(command)
      .then([{ type: '${n.event}', data: { ${p.idField}: ID } }]);
  });

  it('refuses a ${p.aggregate} that is not there', () => {
    spec.given([]).when(command).thenThrows(${p.notFound});
  });
});
`;
}

export function applicationCommand(p: AggregateProfile, n: CommandNames): string {
  return `import type { ${n.type} } from '@vwu/${p.context}-domain';
import type { Actor } from '@vwu/platform-auth';

/** What the request adds to the ${p.aggregate}'s id: the domain command's own fields. */
export type ${n.type}Input = Omit<${n.type}, 'type' | '${p.idField}'>;

export class ${n.type}Command {
  constructor(
    readonly ${p.idField}: string,
    readonly input: ${n.type}Input,
    readonly actor: Actor,
  ) {}
}
`;
}

export function applicationHandler(p: AggregateProfile, n: CommandNames): string {
  const { resultType, imports, constructorParams, execute } = p.application;
  const id = p.idField;
  return `import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ${n.type} } from '@vwu/${p.context}-domain';
${imports.join('\n')}
import { ${n.type}Command } from './${n.file}.command';

@CommandHandler(${n.type}Command)
export class ${n.type}Handler implements ICommandHandler<${n.type}Command, ${resultType}> {
  constructor(${constructorParams}) {}

  ${execute.includes('await') ? 'async ' : ''}execute({ ${id}, input, actor }: ${n.type}Command): Promise<${resultType}> {
    const command: ${n.type} = { type: '${n.type}', ${id}, ...input };
    ${execute.replaceAll('ID', id)}
  }
}
`;
}

export function applicationSpec(p: AggregateProfile, n: CommandNames): string {
  const s = p.spec;
  const setup = s.setup.replace('HANDLER', `${n.type}Handler`);
  return `import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
${s.imports.join('\n')}
import { ${n.type}Command } from './${n.file}.command';
import { ${n.type}Handler } from './${n.file}.handler';

describe('${n.summary.replace(/'/g, "\\'")}', () => {
  it('appends ${n.event} in the ${p.aggregate}’s scope only', async () => {
    ${setup}
    ${s.existing}
    await expect(
      handler.execute(new ${n.type}Command(${s.id}, {}, ${s.outOfScope})),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(await handler.execute(new ${n.type}Command(${s.id}, {}, ${s.inScope}))).toEqual({
      id: ${s.id},
      version: 2,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: ${s.streamId},
      events: [{ type: '${n.event}', data: { ${p.idField}: ${s.id} } }],
    });
  });

  it('refuses a ${p.aggregate} that is not there', async () => {
    ${setup}
    await expect(
      handler.execute(new ${n.type}Command(randomUUID(), {}, ${s.inScope})),
    ).rejects.toMatchObject({ code: '${p.notFoundCode}' });
  });
});
`;
}

export interface Route {
  readonly method: string;
  readonly path: string;
  readonly permission: string | undefined;
}

export function declaration(p: AggregateProfile, n: CommandNames, route: Route): string {
  const o = p.operations;
  const hasBody = route.method !== 'delete';
  const permissions = route.permission ? `\n  permissions: ['${route.permission}'],` : '';
  return `
${hasBody ? `/** ${route.method.toUpperCase()} ${route.path} */\nexport const ${n.fn}Body = z.strictObject({});\n` : ''}
export const ${n.fn} = operation({
  ${o.base},
  operationId: '${n.fn}',
  pattern: '${o.patternPrefix}${n.file}',
  method: '${route.method}',
  path: '${route.path}',${permissions}${hasBody ? `\n  body: { name: '${n.type}', schema: ${n.fn}Body },` : ''}
  response: ${o.response},
  summary: '${n.summary.replace(/'/g, "\\'")}',
});
`;
}

export function rpcMethod(p: AggregateProfile, n: CommandNames): string {
  return `\n
  @Answers(${n.fn})
  async ${n.fn}(@Payload() request: RpcRequest<unknown>): Promise<${p.api.resultType}> {
    const { actor, params, body } = await this.actors.receive(${n.fn}, request);
    return this.commandBus.execute(new ${n.type}Command(params.id, body, actor));
  }
`;
}

export function contract(p: AggregateProfile, n: CommandNames): string {
  return `import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';

export const ${n.eventConst} = eventType('${p.context}', '${n.event}', 1);

/** ${n.summary} */
export const ${n.event}V1 = z
  .object({ ${p.idField}: z.uuid().describe('ce_subject is ${p.events.subject}.') })
  .describe('${n.summary.replace(/'/g, "\\'")} Subject: ${p.events.subject}.');
`;
}

function pascalOf(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
