import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EstablishUnitCommand, RootExistsError } from '@vwu/organisation-application';
import { UnitAlreadyExistsError } from '@vwu/organisation-domain';

export interface RootUnit {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly establishedOn: string;
}

export const ROOT_UNIT = Symbol('ROOT_UNIT');

/**
 * Every deployment has exactly one root (the province or city union), established here at
 * start from configuration, idempotently: the administrator's token is scoped to it.
 */
@Injectable()
export class RootBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('RootBootstrap');

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(ROOT_UNIT) private readonly root: RootUnit,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { id, name, kind, establishedOn } = this.root;
    const actor = {
      userId: 'system:bootstrap',
      roles: ['admin'],
      scopeUnitId: id,
      correlationId: `bootstrap-${id}`,
    };
    try {
      await this.commandBus.execute(
        new EstablishUnitCommand({ name, kind, parentId: null, establishedOn }, actor, id),
      );
      this.logger.log(`established the root unit ${id}`);
    } catch (error) {
      if (error instanceof UnitAlreadyExistsError) return;
      if (error instanceof RootExistsError) {
        this.logger.warn(
          `a root unit other than ${id} exists already; ROOT_UNIT_ID is not this deployment's root`,
        );
        return;
      }
      throw error;
    }
  }
}
