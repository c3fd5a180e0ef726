import { Injectable } from '@nestjs/common';
import { ProblemError } from '@vwu/platform-http';
import { ORGANISATION_RPC, PROJECTIONS_RPC } from '@vwu/internal-api';
import { setTimeout as sleep } from 'node:timers/promises';
import { Upstream, type CallContext } from './upstream';

/** Seconds a client waits before asking again for a version the read model has not reached. */
export const LAGGING_RETRY_AFTER_SECONDS = 1;

/**
 * The read model has not caught up within the wait the client allowed, though the write side
 * has the version: 503 with Retry-After.
 */
export class ReadModelLaggingError extends ProblemError {
  override readonly headers = { 'Retry-After': String(LAGGING_RETRY_AFTER_SECONDS) };

  constructor(unitId: string, version: number) {
    super(
      503,
      'read-model.lagging',
      `Dữ liệu đang được cập nhật, xin thử lại sau ${LAGGING_RETRY_AFTER_SECONDS} giây — ${unitId} has not reached version ${version} yet; retry after ${LAGGING_RETRY_AFTER_SECONDS} s`,
    );
  }
}

/** The version asked for is beyond the one written: no wait would reach it (a client's mistake). */
export class VersionNotWrittenError extends ProblemError {
  constructor(id: string, version: number, written: number) {
    super(
      422,
      'read-model.version-not-written',
      `Phiên bản ${version} của ${id} chưa từng được ghi (hiện là ${written}) — version ${version} of ${id} has not been written; it is at ${written}`,
    );
  }
}

/** Nothing was ever written under the id. */
export class StreamNotFoundError extends ProblemError {
  constructor(id: string) {
    super(
      404,
      'read-model.stream-not-found',
      `Không có ${id} — nothing has been written under ${id}`,
    );
  }
}

/** A stream version a read waits for, and the projections pattern that answers the applied one. */
export interface StreamVersion {
  readonly versionOf: string;
  readonly id: string;
  readonly version: number;
}

/**
 * Read-your-writes: a command answers with the stream version; a read may ask to wait (bounded)
 * until the read model has applied it, instead of showing the client its own past.
 */
@Injectable()
export class ReadYourWrites {
  constructor(private readonly upstream: Upstream) {}

  waitFor(unitId: string, version: number, waitMs: number, call: CallContext): Promise<void> {
    return this.waitForStream(
      { versionOf: PROJECTIONS_RPC.unitVersion, id: unitId, version },
      waitMs,
      call,
    );
  }

  /** The same for any read model whose `versionOf` pattern answers the stream version it applied. */
  async waitForStream(target: StreamVersion, waitMs: number, call: CallContext): Promise<void> {
    const { versionOf, id, version } = target;
    const deadline = Date.now() + waitMs;
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      const applied = await this.upstream.call<number>(
        this.upstream.projections,
        versionOf,
        { id },
        call,
      );
      if (applied >= version) return;
      if (Date.now() + pause > deadline) return this.givenUp(target, call);
      await sleep(pause);
    }
  }

  /** Lagging, or asked for what was never written: the write side tells (units and member organisations are organisation-service's streams). */
  private async givenUp({ id, version }: StreamVersion, call: CallContext): Promise<never> {
    const written = await this.upstream.call<number>(
      this.upstream.organisation,
      ORGANISATION_RPC.streamVersion,
      { id },
      call,
    );
    if (written === 0) throw new StreamNotFoundError(id);
    if (written < version) throw new VersionNotWrittenError(id, version, written);
    throw new ReadModelLaggingError(id, version);
  }
}
