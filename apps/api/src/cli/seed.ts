import { kukarVillages, POTENTIALS, seedPartners } from './kukar-seed-data';

/**
 * `npm run seed`: loads the Kukar fixture into a running system through its API (so every step
 * is an event, in the timelines, and notified): the 237 cooperatives with their officers, the
 * partners, and for every fourth cooperative a business plan taken through the three review
 * stages; the workflow service then screens and matches them. Safe to run again: whatever
 * exists already is left as it is.
 */
const API = process.env.SEED_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const PASSWORD = process.env.SEED_PASSWORD ?? 'kdmp-kukar-2025!';

async function call(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function login(email: string, password: string): Promise<string> {
  const { status, body } = await call('POST', '/v1/auth/login', null, { email, password });
  if (status !== 200) throw new Error(`login of ${email} failed (${status}): ${body?.detail ?? ''}`);
  return body.accessToken;
}

async function ensureReviewer(admin: string, stage: string): Promise<string> {
  const email = `reviewer.${stage.toLowerCase().replace(/_/g, '-')}@dinaskoperasi-kukar.example.id`;
  const created = await call('POST', '/v1/users', admin, { email, password: PASSWORD, role: 'REVIEWER', stages: [stage], regionCodes: ['64.02'] });
  if (![201, 409].includes(created.status)) throw new Error(`reviewer ${email}: ${created.status} ${created.body?.detail}`);
  return login(email, PASSWORD);
}

async function main(): Promise<void> {
  const adminEmail = process.env.ADMIN_EMAIL;
  const adminPassword = process.env.ADMIN_PASSWORD;
  if (!adminEmail || !adminPassword) throw new Error('Set ADMIN_EMAIL and ADMIN_PASSWORD (the admin the api created at start-up).');
  const admin = await login(adminEmail, adminPassword);
  const counts = { cooperatives: 0, partners: 0, plans: 0, approvals: 0 };

  for (const partner of seedPartners()) {
    const slug = partner.name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
    const created = await call('POST', '/v1/partners', admin, {
      ...partner,
      contactEmail: `kemitraan@${slug}.example.co.id`,
      user: { email: `admin@${slug}.example.co.id`, password: PASSWORD },
    });
    if (created.status === 201) counts.partners++;
    else if (created.status !== 409) throw new Error(`partner ${partner.name}: ${created.status} ${created.body?.detail}`);
  }

  const villages = kukarVillages();
  const reviewers = await Promise.all(['DESK_REVIEW', 'FIELD_VERIFICATION', 'CREDIT_COMMITTEE'].map((stage) => ensureReviewer(admin, stage)));
  for (const [index, village] of villages.entries()) {
    const potential = POTENTIALS[index % POTENTIALS.length];
    const slug = village.regionCode.replace(/\./g, '');
    const officer = { email: `pengurus.${slug}@kdmp-kukar.example.id`, password: PASSWORD };
    const registered = await call('POST', '/v1/cooperatives', null, {
      name: `Koperasi ${village.kind === 'DESA' ? 'Desa' : 'Kelurahan'} Merah Putih ${village.village}`,
      kind: village.kind,
      village: village.village,
      district: village.district,
      regency: 'Kabupaten Kutai Kartanegara',
      province: 'Kalimantan Timur',
      regionCode: village.regionCode,
      memberCount: 20 + ((index * 37) % 180),
      sectors: [potential.sector, 'RETAIL'],
      contactEmail: `kdmp.${slug}@kdmp-kukar.example.id`,
      contactPhone: `+62812${slug.slice(-7)}`,
      legalEntityNumber: `AHU-${slug.slice(-7)}.AH.01.29.TAHUN 2025`,
      cooperativeNumber: slug.padEnd(16, '0'),
      taxNumber: slug.padEnd(16, '7'),
      businessNumber: slug.padEnd(13, '0'),
      bankAccount: { bankName: 'Bank Rakyat Indonesia', accountNumber: `0123${slug.slice(-8)}`, accountHolder: `Koperasi ${village.village}` },
      officer,
    });
    if (registered.status === 201) counts.cooperatives++;
    else if (registered.status !== 409) throw new Error(`cooperative ${village.regionCode}: ${registered.status} ${registered.body?.detail}`);
    if (index % 4 !== 0) continue;
    const token = await login(officer.email, officer.password);
    const cooperativeId = (await call('GET', '/v1/me', token)).body.cooperativeId as string;
    const cooperative = (await call('GET', `/v1/cooperatives/${cooperativeId}`, token)).body;
    if (cooperative.state === 'REGISTERED') {
      const plan = await call('POST', `/v1/cooperatives/${cooperativeId}/business-plans`, token, {
        title: potential.title,
        summary: `${potential.title} untuk anggota koperasi di ${village.village}, Kecamatan ${village.district}.`,
        sector: potential.sector,
        commodities: [...potential.commodities],
        capexAmount: 900_000_000 + (index % 5) * 200_000_000,
        opexAmount: 250_000_000,
        tenorMonths: 60,
        gracePeriodMonths: 6,
        projectedAnnualRevenue: 1_800_000_000,
        seekingRoles: index % 8 === 0 ? ['OFFTAKER', 'FINANCIER'] : ['OFFTAKER'],
        monthlyCapacity: { quantity: 50 + index, unit: 'ton' },
        exportReady: index % 3 === 0,
      });
      if (plan.status === 202) counts.plans++;
    }
  }
  counts.approvals = await approveOpenReviews(admin, reviewers);
  process.stdout.write(`Seeded ${JSON.stringify(counts)} (existing records were left as they were).\n`);
}

/**
 * Once screening has run (no plan left in PLAN_SUBMITTED, waited for at most a minute), takes
 * every open review in Kukar through its three stages.
 */
async function approveOpenReviews(admin: string, reviewers: string[]): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const funnel = (await call('GET', '/v1/stats/funnel?regencyCode=64.02', admin)).body;
    if (!funnel?.byState?.PLAN_SUBMITTED) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stages = ['DESK_REVIEW', 'FIELD_VERIFICATION', 'CREDIT_COMMITTEE'];
  let approved = 0;
  for (const [index, stage] of stages.entries()) {
    // Each pass takes the reviews open at this stage; approving moves them on to the next.
    for (let page = 0; page < 20; page++) {
      const reviews = (await call('GET', `/v1/reviews?stage=${stage}&limit=100`, reviewers[index])).body?.items ?? [];
      if (reviews.length === 0) break;
      for (const review of reviews) {
        const last = index === stages.length - 1;
        const decided = await call('POST', `/v1/reviews/${review.id}/decisions`, reviewers[index], {
          stage,
          decision: 'APPROVE',
          ...(last ? { approvedAmount: review.requestedAmount } : {}),
        });
        if (decided.status === 200 && last) approved++;
      }
    }
  }
  return approved;
}

main().catch((error: unknown) => {
  process.stderr.write(`Seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
