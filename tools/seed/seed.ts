import { kukarVillages } from '@kdmp/reference-data';
import { seedBusinessPlan, seedPartners, seedRegistration } from './kukar-seed-data';
import { SeedApi } from './seed-api';

/**
 * `npm run seed`: loads Kukar into a running system through its API (so every step is an
 * event, in the timelines, and notified): 237 cooperatives with their officers, 19 partners
 * with a user each, three reviewers, and six business plans taken through the three review
 * stages; the workflow service screens and matches them. It resumes after any partial run:
 * whatever exists is left as it is, plans are submitted only by cooperatives still REGISTERED,
 * and only reviews still open are decided. It logs in only the accounts it needs (at most ten
 * on a fresh database: the admin, six officers, three reviewers), and waits out the login limit
 * if it is reached. It ends by printing the accounts and their passwords.
 */
const API = process.env.SEED_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const PASSWORD = process.env.SEED_PASSWORD ?? 'kdmp-kukar-2025!';
/** The development admin of the README and the compose file. */
const ADMIN = { email: process.env.ADMIN_EMAIL ?? 'admin@example.id', password: process.env.ADMIN_PASSWORD ?? 'a-long-secret' };
const STAGES = ['DESK_REVIEW', 'FIELD_VERIFICATION', 'CREDIT_COMMITTEE'] as const;
/** Every 40th village submits a plan: six, over six of the seven potentials. */
const PLAN_EVERY = 40;

const say = (line: string) => process.stdout.write(`${line}\n`);
const api = new SeedApi(API, say);

const officerOf = (regionCode: string) => ({ email: `pengurus.${regionCode.replace(/\./g, '')}@kdmp-kukar.example.id`, password: PASSWORD });
const reviewerOf = (stage: string) => `reviewer.${stage.toLowerCase().replace(/_/g, '-')}@dinaskoperasi-kukar.example.id`;
const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');

function expectStatus(what: string, response: { status: number; body: any }, ...accepted: number[]): number {
  if (!accepted.includes(response.status)) throw new Error(`${what}: ${response.status} ${response.body?.detail ?? JSON.stringify(response.body)}`);
  return response.status;
}

async function seedPartnersAndReviewers(admin: string, counts: Record<string, number>): Promise<string[]> {
  const partnerUsers: string[] = [];
  for (const partner of seedPartners()) {
    const slug = slugOf(partner.name);
    const user = { email: `admin@${slug}.example.co.id`, password: PASSWORD };
    const created = await api.call('POST', '/v1/partners', admin, { ...partner, contactEmail: `kemitraan@${slug}.example.co.id`, user });
    if (expectStatus(`partner ${partner.name}`, created, 201, 409) === 201) counts.partners++;
    partnerUsers.push(`${user.email}  (${partner.name}, ${partner.type})`);
  }
  for (const stage of STAGES) {
    const email = reviewerOf(stage);
    const created = await api.call('POST', '/v1/users', admin, { email, password: PASSWORD, role: 'REVIEWER', stages: [stage], regionCodes: ['64.02'] });
    if (expectStatus(`reviewer ${email}`, created, 201, 409) === 201) counts.reviewers++;
  }
  return partnerUsers;
}

async function seedCooperatives(admin: string, counts: Record<string, number>): Promise<string[]> {
  const villages = kukarVillages();
  // The admin's list of Kukar says what a previous run registered: only the others are sent
  // (a registration hashes its officer's password, the costly part), and only the
  // plan-submitting cooperatives still REGISTERED log their officer in.
  const kukar = () => api.all<{ id: string; regionCode: string; state: string }>('/v1/cooperatives?regencyCode=64.02', admin);
  const existing = new Set((await kukar()).map((cooperative) => cooperative.regionCode));
  for (const [index, village] of villages.entries()) {
    if (existing.has(village.regionCode)) continue;
    const registered = await api.call('POST', '/v1/cooperatives', null, seedRegistration(village, index, officerOf(village.regionCode)));
    if (expectStatus(`cooperative ${village.regionCode}`, registered, 201, 409) === 201) counts.cooperatives++;
  }
  const byCode = new Map((await kukar()).map((cooperative) => [cooperative.regionCode, cooperative]));
  const officers: string[] = [];
  for (const [index, village] of villages.entries()) {
    if (index % PLAN_EVERY !== 0) continue;
    const officer = officerOf(village.regionCode);
    officers.push(`${officer.email}  (${village.village}, ${village.district})`);
    const cooperative = byCode.get(village.regionCode);
    if (cooperative?.state !== 'REGISTERED') continue;
    const token = await api.tryLogin(officer.email, officer.password);
    if (token === null) {
      say(`  skipped the plan of ${village.regionCode}: it was registered with another officer (not by this seed)`);
      continue;
    }
    const plan = await api.call('POST', `/v1/cooperatives/${cooperative.id}/business-plans`, token, seedBusinessPlan(village, index));
    if (expectStatus(`plan of ${village.regionCode}`, plan, 202, 409) === 202) counts.plans++;
  }
  return officers;
}

/**
 * Once screening has run (no plan left in PLAN_SUBMITTED, waited for at most a minute), takes
 * every open review in Kukar through its stages, each stage by its own reviewer (four eyes).
 */
async function approveOpenReviews(admin: string, counts: Record<string, number>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const funnel = (await api.call('GET', '/v1/stats/funnel?regencyCode=64.02', admin)).body;
    if (!funnel?.byState?.PLAN_SUBMITTED) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  for (const [index, stage] of STAGES.entries()) {
    const open = await api.all<{ id: string; requestedAmount: number; openStage: string | null }>(`/v1/reviews?stage=${stage}&regencyCode=64.02`, admin);
    if (open.length === 0) continue;
    const reviewer = await api.tryLogin(reviewerOf(stage), PASSWORD);
    if (reviewer === null) {
      say(`  skipped ${open.length} review(s) at ${stage}: ${reviewerOf(stage)} exists with another password`);
      return;
    }
    const last = index === STAGES.length - 1;
    for (const review of open) {
      const decided = await api.call('POST', `/v1/reviews/${review.id}/decisions`, reviewer, {
        stage,
        decision: 'APPROVE',
        ...(last ? { approvedAmount: review.requestedAmount } : {}),
      });
      if (expectStatus(`decision on review ${review.id} at ${stage}`, decided, 200, 409) === 200) counts.decisions++;
    }
  }
}

async function main(): Promise<void> {
  say(`Seeding Kukar through ${API}`);
  const admin = await api.tryLogin(ADMIN.email, ADMIN.password);
  if (admin === null) {
    throw new Error(
      `the API refused ${ADMIN.email}: start the api with ADMIN_EMAIL and ADMIN_PASSWORD set (README, "Accounts and tokens") and give the seed the same values`,
    );
  }
  const counts = { cooperatives: 0, partners: 0, reviewers: 0, plans: 0, decisions: 0 };
  const partnerUsers = await seedPartnersAndReviewers(admin, counts);
  const officers = await seedCooperatives(admin, counts);
  await approveOpenReviews(admin, counts);
  say(`Created ${JSON.stringify(counts)}; whatever existed was left as it was.`);
  say('');
  say(`Accounts (every password but the admin's is ${PASSWORD}, from SEED_PASSWORD):`);
  say(`  admin      ${ADMIN.email}  password ${ADMIN.password}`);
  for (const stage of STAGES) say(`  reviewer   ${reviewerOf(stage)}  (${stage}, regency 64.02)`);
  for (const user of partnerUsers) say(`  partner    ${user}`);
  for (const officer of officers) say(`  officer    ${officer}`);
  say(`  officers of the other Kukar cooperatives: pengurus.<region code without dots>@kdmp-kukar.example.id`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
