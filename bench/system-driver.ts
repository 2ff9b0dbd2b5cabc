import { randomUUID } from 'node:crypto';
import { BENCH_ADMIN } from './bench-environment';
import { businessPlan, registrationFor, VillageSequence } from './fixtures';
import { JsonClient } from '@kdmp/testing';
import { StateWatcher } from './state-watcher';

const PASSWORD = 'rahasia-bench-12345';

export interface SignedUpCooperative {
  id: string;
  /** The officer's bearer token. */
  token: string;
}

/**
 * The people of the pipeline acting over HTTP, as test/support/workflow-actors.ts does: the
 * admin, one reviewer per stage (three people, four eyes kept), and three partner
 * organisations with room for every cooperative. Officers register and log in one by one.
 * What the bench waits for (a state, a review opened, a proposal) it sees through the
 * StateWatcher rather than by polling the API.
 */
export class SystemDriver {
  adminToken = '';
  private reviewers: { desk: string; field: string; committee: string } | null = null;
  private readonly partnerTokens = new Map<string, string>();
  private readonly villages = new VillageSequence();

  constructor(
    readonly http: JsonClient,
    readonly watcher: StateWatcher,
  ) {}

  partnerIds(): string[] {
    return [...this.partnerTokens.keys()];
  }

  async prepare(): Promise<this> {
    this.adminToken = await this.login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const reviewer = async (stage: string) => {
      const email = `reviewer-${stage.toLowerCase()}-${randomUUID()}@bench.example.id`;
      await this.http.post('/v1/users', { email, password: PASSWORD, role: 'REVIEWER', stages: [stage] }, 201, this.adminToken);
      return this.login(email, PASSWORD);
    };
    this.reviewers = {
      desk: await reviewer('DESK_REVIEW'),
      field: await reviewer('FIELD_VERIFICATION'),
      committee: await reviewer('CREDIT_COMMITTEE'),
    };
    for (const regionCodes of [['NATIONAL'], ['64'], ['64.02']]) {
      const email = `partner-${randomUUID()}@bench.example.id`;
      const partner = await this.http.post<{ id: string }>(
        '/v1/partners',
        {
          name: `PT Mitra Bench ${randomUUID().slice(0, 8)}`,
          type: 'PRIVATE',
          roles: ['OFFTAKER'],
          sectors: ['AGRICULTURE'],
          commodities: ['rice'],
          regionCodes,
          capacity: 1_000_000,
          contactEmail: 'kemitraan@bench.example.co.id',
          user: { email, password: PASSWORD },
        },
        201,
        this.adminToken,
      );
      this.partnerTokens.set(partner.id, await this.login(email, PASSWORD));
    }
    return this;
  }

  /** A cooperative registers itself with its officer, who logs in. */
  async signUp(): Promise<SignedUpCooperative> {
    const email = `officer-${randomUUID()}@bench.example.id`;
    const created = await this.register(email);
    return { id: created.id, token: await this.login(email, PASSWORD) };
  }

  register(email: string): Promise<{ id: string }> {
    return this.http.post('/v1/cooperatives', registrationFor(this.villages.take(), { email, password: PASSWORD }), 201);
  }

  /** The cooperative office's import of `count` new cooperatives (the scaling figure's unit of work). */
  async importCooperatives(count: number): Promise<void> {
    const rows = Array.from({ length: count }, () => registrationFor(this.villages.take(), null));
    const report = await this.http.post<{ registered: number; rows: { problem?: unknown }[] }>('/v1/cooperatives/import', rows, 200, this.adminToken);
    if (report.registered !== count) {
      throw new Error(`the import registered ${report.registered} of ${count}: ${JSON.stringify(report.rows.find((row) => row.problem))}`);
    }
  }

  /** Plan → screening → desk and field approvals: the review waits at the credit committee. */
  async toCreditCommittee(cooperative: SignedUpCooperative): Promise<string> {
    const { desk, field } = this.reviewers!;
    await this.http.post(`/v1/cooperatives/${cooperative.id}/business-plans`, businessPlan(), 202, cooperative.token);
    const inReview = await this.watcher.waitFor(
      cooperative.id,
      (snapshot) => snapshot.state === 'IN_REVIEW' && snapshot.openReviewId !== null,
      `${cooperative.id} to be screened into review`,
    );
    const reviewId = inReview.openReviewId!;
    await this.decide(desk, reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE' });
    await this.decide(field, reviewId, { stage: 'FIELD_VERIFICATION', decision: 'APPROVE' });
    return reviewId;
  }

  /** The committee's approval: FINANCING_APPROVED, after which the workflow matches. */
  approveFinancing(reviewId: string): Promise<unknown> {
    return this.decide(this.reviewers!.committee, reviewId, { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_000_000_000 });
  }

  /** Waits for the proposals and has the best-placed partner accept: PARTNERED. */
  async acceptBestProposal(cooperativeId: string): Promise<void> {
    const matching = await this.watcher.waitFor(
      cooperativeId,
      (snapshot) => snapshot.state === 'MATCHING' && snapshot.proposal !== null,
      `${cooperativeId} to receive proposals`,
    );
    const { matchId, partnerId } = matching.proposal!;
    await this.http.post(`/v1/matches/${matchId}/accept`, { comment: 'Siap membeli gabah.' }, 200, this.partnerTokens.get(partnerId));
  }

  /** From a signed-up cooperative to PARTNERED: every step a person takes, over HTTP. */
  async driveToPartnered(cooperative: SignedUpCooperative): Promise<void> {
    const reviewId = await this.toCreditCommittee(cooperative);
    await this.approveFinancing(reviewId);
    await this.acceptBestProposal(cooperative.id);
  }

  private decide(token: string, reviewId: string, body: Record<string, unknown>): Promise<unknown> {
    return this.http.post(`/v1/reviews/${reviewId}/decisions`, body, 200, token);
  }

  private async login(email: string, password: string): Promise<string> {
    const response = await this.http.post<{ accessToken: string }>('/v1/auth/login', { email, password }, 200);
    return response.accessToken;
  }
}
