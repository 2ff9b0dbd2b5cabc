import type { Catalog } from '../catalog';
import { formatConjunction, formatRupiah } from '../format';
import { bulleted, capitalise, labelOf, named, quoted, text } from '../wording';

/** English (British: day before month, 24-hour clock), on request per user. */

const TAG = 'en-GB';

const list = (items: readonly string[]): string => formatConjunction(items, TAG);

const sectors = {
  AGRICULTURE: 'agriculture',
  PLANTATION: 'plantation',
  FISHERIES: 'fisheries',
  LIVESTOCK: 'livestock',
  PROCESSED_FOOD: 'processed food',
  WASTE_PROCESSING: 'waste processing',
  RETAIL: 'retail',
  LOGISTICS: 'logistics',
  SAVINGS_AND_LOAN: 'savings and loan',
  HEALTH: 'health',
  TOURISM: 'tourism',
  OTHER: 'other',
} as const satisfies Catalog['sectors'];

const partnerRoles = {
  OFFTAKER: 'offtaker',
  DISTRIBUTOR: 'distributor',
  FINANCIER: 'financier',
  EXPORTER: 'exporter',
} as const satisfies Catalog['partnerRoles'];

const bankAccountParts = {
  bankName: 'bank name',
  accountNumber: 'account number',
  accountHolder: 'account holder',
} as const satisfies Catalog['bankAccountParts'];

const identifiers = {
  legalEntity: {
    name: "The cooperative's legal entity number (nomor badan hukum)",
    format: 'the number of the Ministry of Law decree, e.g. AHU-0001234.AH.01.29.TAHUN 2025',
  },
  cooperative: { name: "The cooperative's number (NIK koperasi)", format: '16 digits' },
  tax: {
    name: "The cooperative's tax number (NPWP)",
    format: '15 or 16 digits; dots and dashes as printed on the NPWP card are fine',
  },
  business: { name: "The cooperative's business number (NIB)", format: '13 digits' },
};

function missing(id: { name: string; format: string }): string {
  return `${id.name} is missing. Please add it (${id.format}) so that the business plan can be reviewed.`;
}

function invalid(id: { name: string; format: string }): string {
  return `${id.name} is not in the expected format. Please check it: ${id.format}.`;
}

const sectorName = (code: string): string => labelOf(sectors, code);

export const en: Catalog = {
  meta: { intlLocale: TAG, languageName: 'English' },

  cooperativeStates: {
    REGISTERED: 'Registered',
    PLAN_SUBMITTED: 'Business plan submitted',
    IN_REVIEW: 'In review',
    REVISION_REQUESTED: 'Revision requested',
    FINANCING_APPROVED: 'Financing approved',
    FINANCING_REJECTED: 'Financing rejected',
    MATCHING: 'Looking for partners',
    AWAITING_PARTNER: 'Waiting for a partner',
    PARTNERED: 'Partnered',
    WITHDRAWN: 'Withdrawn',
  },
  sectors,
  actorKinds: {
    COOPERATIVE: 'Cooperative officer',
    ADMIN: 'Cooperative office admin',
    REVIEWER: 'Reviewer',
    PARTNER: 'Partner',
    SYSTEM: 'System',
  },
  reviewStages: {
    DESK_REVIEW: 'Desk Review',
    FIELD_VERIFICATION: 'Field Verification',
    CREDIT_COMMITTEE: 'Credit Committee',
  },
  reviewDecisions: { APPROVE: 'Approve', REJECT: 'Reject', REQUEST_REVISION: 'Request a revision' },
  partnerTypes: {
    BUMN: 'state-owned enterprise (BUMN)',
    BUMD: 'regional government enterprise (BUMD)',
    PRIVATE: 'private company',
    BANK: 'bank',
    EXPORTER: 'exporter',
  },
  partnerRoles,
  matchStatuses: { PROPOSED: 'Proposed', ACCEPTED: 'Accepted', DECLINED: 'Declined', EXPIRED: 'Expired' },
  villageKinds: { DESA: 'village (desa)', KELURAHAN: 'urban ward (kelurahan)' },
  bankAccountParts,
  partnerProfileFields: {
    roles: 'roles',
    capacity: 'capacity',
    regionCodes: 'regions served',
    sectors: 'sectors',
    commodities: 'commodities',
    webhookUrl: 'webhook address',
    contactEmail: 'contact email',
    webhookSecret: 'webhook signing secret',
  },

  screeningReasons: {
    MISSING_LEGAL_ENTITY_NUMBER: () => missing(identifiers.legalEntity),
    INVALID_LEGAL_ENTITY_NUMBER: () => invalid(identifiers.legalEntity),
    MISSING_COOPERATIVE_NUMBER: () => missing(identifiers.cooperative),
    INVALID_COOPERATIVE_NUMBER: () => invalid(identifiers.cooperative),
    MISSING_TAX_NUMBER: () => missing(identifiers.tax),
    INVALID_TAX_NUMBER: () => invalid(identifiers.tax),
    MISSING_BUSINESS_NUMBER: () => missing(identifiers.business),
    INVALID_BUSINESS_NUMBER: () => invalid(identifiers.business),
    MISSING_BANK_ACCOUNT: (p) => {
      if (!p.accountGiven) {
        return `The cooperative's bank account is missing. Please add the ${list(Object.values(bankAccountParts))} of an account in the cooperative's name, for the disbursement.`;
      }
      const one = p.missing.length === 1;
      return `The cooperative's bank account is incomplete: the ${list(p.missing.map((part) => bankAccountParts[part]))} ${one ? 'is' : 'are'} missing. Please add ${one ? 'it' : 'them'}.`;
    },
    INVALID_BANK_ACCOUNT_NUMBER: () =>
      "The cooperative's bank account number is not in the expected format. Please check it: 6 to 20 digits, without spaces or punctuation.",
    TOO_FEW_MEMBERS: (p) =>
      `The cooperative has ${p.memberCount} members on record; at least ${p.minimumMemberCount} are required. Please update the member count once new members have joined.`,
    REQUESTED_AMOUNT_NOT_POSITIVE: (p) =>
      `The amount requested (capital expenditure ${formatRupiah(p.capexAmount)} plus operating costs ${formatRupiah(p.opexAmount)}) must be more than Rp 0, and neither may be negative. Please fill in the funds the business plan needs.`,
    REQUESTED_AMOUNT_ABOVE_CEILING: (p) =>
      `The amount requested, ${formatRupiah(p.requestedAmount)} (capital expenditure ${formatRupiah(p.capexAmount)} plus operating costs ${formatRupiah(p.opexAmount)}), exceeds the limit of ${formatRupiah(p.ceilingAmount)} per cooperative under policy ${p.policyVersion}. Please reduce the capital expenditure or the operating costs.`,
    OPERATING_COSTS_ABOVE_CEILING: (p) =>
      `The operating costs requested, ${formatRupiah(p.opexAmount)}, exceed the limit of ${formatRupiah(p.operatingCostCeiling)} under policy ${p.policyVersion}. Please reduce them.`,
    TENOR_OUT_OF_RANGE: (p) =>
      `A loan tenor of ${p.tenorMonths} months is outside what policy ${p.policyVersion} allows: whole months, from ${p.min} to ${p.max}. Please adjust the tenor.`,
    GRACE_PERIOD_OUT_OF_RANGE: (p) =>
      `A grace period of ${p.gracePeriodMonths} months is outside what policy ${p.policyVersion} allows: whole months, from ${p.min} to ${p.max}. Please adjust the grace period.`,
    GRACE_PERIOD_NOT_SHORTER_THAN_TENOR: (p) =>
      `The grace period of ${p.gracePeriodMonths} months must be shorter than the loan tenor of ${p.tenorMonths} months, to leave months for repaying the principal. Please lengthen the tenor or shorten the grace period.`,
    PROJECTED_REVENUE_NOT_POSITIVE: (p) =>
      `The projected annual revenue must be more than Rp 0; it is now ${formatRupiah(p.projectedAnnualRevenue)}. Please fill in the revenue the business expects in a year.`,
    SECTOR_NOT_OF_COOPERATIVE: (p) =>
      `The business plan's sector (${sectorName(p.sector)}) is not one of the cooperative's sectors (${
        p.cooperativeSectors.length === 0 ? 'none registered yet' : list(p.cooperativeSectors.map(sectorName))
      }). Please choose one of them, or update the cooperative's sectors first.`,
  },

  matchReasons: {
    SECTOR_MATCH: (p) => `Works in ${sectorName(p.sector)}, the business plan's sector`,
    SECTOR_MISMATCH: (p) => `Does not work in ${sectorName(p.sector)}, the business plan's sector`,
    COMMODITY_OVERLAP: (p) =>
      `Handles the business plan's commodities: ${p.shared.join(', ')} (${p.shared.length}/${p.planCommodityCount})`,
    COMMODITY_NO_OVERLAP: (p) => `Handles none of the business plan's commodities (0/${p.planCommodityCount})`,
    COMMODITY_NONE_IN_PLAN: () => 'The business plan names no commodity to compare',
    REGION_REGENCY: (p) => `Serves ${p.isCity ? 'city' : 'regency'} ${p.regencyCode}, the cooperative's own`,
    REGION_PROVINCE: (p) => `Serves province ${p.provinceCode}, the cooperative's own`,
    REGION_NATIONAL: () => 'Serves the whole of Indonesia',
    REGION_NOT_SERVED: (p) =>
      `Does not serve the cooperative's region (regency ${p.regencyCode}, province ${p.provinceCode})`,
    CAPACITY_HEADROOM: (p) => `Capacity left for ${p.free} of ${p.capacity} partnerships`,
    CAPACITY_FULL: (p) => `No capacity left (${p.activePartnerships} of ${p.capacity} partnerships active)`,
    EXPORT_READY: () => 'The business plan is export-ready',
    EXPORT_NOT_READY: () => 'The business plan is not export-ready yet',
    EXPORT_NOT_SCORED: (p) =>
      `Export readiness is not scored for the ${labelOf(partnerRoles, p.role)} role (maximum score ${p.maximumScore})`,
  },

  notifications: {
    words: {
      salutation: (name) => `Dear ${name},`,
      yourCooperative: 'your cooperative',
      aCooperative: 'a cooperative',
      thePartner: 'the partner',
      regionCode: (code) => `region code ${code}`,
      regionCodes: (codes) => `region codes ${codes}`,
      allOfIndonesia: 'all of Indonesia',
      noDetails: '(no details available)',
    },
    templates: {
      'cooperative.registered': {
        cooperative: (a) => ({
          title: `Welcome, ${a.ownCooperative}`,
          body: [
            [
              `${capitalise(a.ownCooperative)} was registered in the Koperasi Desa/Kelurahan Merah Putih financing and partnership system on ${a.when}.`,
              "The next step is to prepare and submit the cooperative's business plan.",
              "Please complete the cooperative's legal entity number, cooperative number (NIK koperasi), tax number (NPWP), business number (NIB) and bank account before the plan is reviewed.",
            ],
          ],
        }),
        admin: (a) => ({
          title: named('New cooperative registered', a.cooperativeName),
          body: [
            [
              `${capitalise(a.theCooperative)}, a ${a.payload.kind === 'KELURAHAN' ? 'urban ward (kelurahan)' : 'village (desa)'} cooperative in your region (${a.place ?? `region code ${a.payload.regionCode}`}), was registered on ${a.when}.`,
              "Please keep an eye on the completeness of the cooperative's records so that its business plan can be processed without delay.",
            ],
          ],
        }),
      },

      'business-plan.submitted': {
        cooperative: (a) => ({
          title: 'Business plan received',
          body: [
            [
              `We received the business plan of ${a.ownCooperative} (revision no. ${a.payload.revision}), requesting financing of ${formatRupiah(a.payload.requestedAmount)}, on ${a.when}.`,
              `The plan will now be screened automatically against financing policy version ${a.payload.policyVersion}.`,
              'We will let you know the result here.',
            ],
          ],
        }),
      },

      'screening.passed': {
        cooperative: (a) => ({
          title: 'Business plan passed screening',
          body: [
            [
              `The business plan of ${a.ownCooperative} passed the automated screening under financing policy version ${a.payload.policyVersion}.`,
              'It now goes to reviewers from the cooperative office and partner banks, stage by stage.',
              'We will keep you informed of every step.',
            ],
          ],
        }),
      },

      'screening.failed': {
        cooperative: (a) => ({
          title: 'Business plan needs corrections',
          body: [
            `The automated screening of the business plan of ${a.ownCooperative} under financing policy version ${a.payload.policyVersion} found the following to correct:\n${bulleted(a.payload.reasons?.map(a.screeningReason), en.notifications.words.noDetails)}`,
            ["Please correct the cooperative's records or the business plan as listed above.", 'You can then submit the business plan again here.'],
          ],
        }),
      },

      'review.stage-opened': {
        cooperative: (a) => ({
          title: `Business plan now in ${a.stage(a.payload.stage)}`,
          body: [
            [
              `The business plan of ${a.ownCooperative} has moved to the ${a.stage(a.payload.stage)} stage.`,
              `This stage is due to be completed by ${a.date(a.payload.deadlineAt)}.`,
              'We will let you know the outcome.',
            ],
          ],
        }),
        reviewer: (a) => ({
          title: named('Awaiting your review', a.cooperativeName),
          body: [
            [
              `The business plan of ${a.theCooperativeAt} is waiting for your decision at the ${a.stage(a.payload.stage)} stage.`,
              `Please approve, reject or request a revision by ${a.date(a.payload.deadlineAt)}.`,
              'You will find the plan in your review list.',
            ],
          ],
        }),
      },

      'review.stage-approved': {
        cooperative: (a) => {
          const comment = text(a.payload.comment);
          return {
            title: `${a.stage(a.payload.stage)} stage approved`,
            body: [
              [
                `The business plan of ${a.ownCooperative} was approved at the ${a.stage(a.payload.stage)} stage on ${a.when}.`,
                comment !== undefined && `The reviewer noted: ${quoted(comment)}.`,
                'We will let you know the next step.',
              ],
            ],
          };
        },
      },

      'review.revision-requested': {
        cooperative: (a) => {
          const comment = text(a.payload.comment);
          return {
            title: 'Revision of your business plan requested',
            body: [
              [
                `The reviewer at the ${a.stage(a.payload.stage)} stage has asked for a revision of the business plan of ${a.ownCooperative}.`,
                comment !== undefined ? `The reviewer noted: ${quoted(comment)}.` : 'You will find the details in the review history.',
                'Please revise the plan accordingly and submit it again here.',
              ],
            ],
          };
        },
      },

      'financing.reviewed': {
        cooperative: (a) => {
          const p = a.payload;
          if (p.outcome === 'APPROVED') {
            return {
              title: p.approvedAmount !== undefined ? `Financing approved: ${formatRupiah(p.approvedAmount)}` : 'Financing approved',
              body: [
                [
                  `We are pleased to inform you that the financing request of ${a.ownCooperative} was approved at the ${a.stage(p.stage)} stage${p.approvedAmount !== undefined ? `, for an approved amount of ${formatRupiah(p.approvedAmount)}` : ''}.`,
                  "We will now look for partners that fit the cooperative's business plan.",
                  'We will send you any partnership proposal.',
                ],
              ],
            };
          }
          const reason = text(p.reason);
          return {
            title: 'Financing request not approved',
            body: [
              [
                `We regret to inform you that the financing request of ${a.ownCooperative} could not be approved at the ${a.stage(p.stage)} stage.`,
                reason !== undefined && `Reason: ${quoted(reason)}.`,
                'The cooperative may revise its business plan and submit it again here.',
              ],
            ],
          };
        },
        admin: (a) => {
          const p = a.payload;
          const reason = text(p.reason);
          const approved = p.outcome === 'APPROVED';
          return {
            title: named(approved ? 'Financing approved' : 'Financing rejected', a.cooperativeName),
            body: [
              approved
                ? [
                    `The financing request of ${a.theCooperativeAt} was approved at the ${a.stage(p.stage)} stage on ${a.when}.`,
                    p.approvedAmount !== undefined && `Approved amount: ${formatRupiah(p.approvedAmount)}.`,
                    'Partner matching for the cooperative starts now.',
                  ]
                : [
                    `The financing request of ${a.theCooperativeAt} was rejected at the ${a.stage(p.stage)} stage on ${a.when}.`,
                    reason !== undefined && `Reason: ${quoted(reason)}.`,
                    'The cooperative may submit a new business plan.',
                  ],
            ],
          };
        },
      },

      'partner.matched': {
        cooperative: (a) => ({
          title: named('New partnership proposal', a.partnerName),
          body: [
            [
              `A partnership has been proposed between ${a.ownCooperative} and ${a.partner}, which would act as ${a.role(a.payload.role)}, with a match score of ${a.number(a.payload.score)}.`,
              `The proposal awaits the partner's answer and is open until ${a.date(a.payload.expiresAt)}.`,
              "We will let you know the partner's answer.",
            ],
          ],
        }),
        partner: (a) => ({
          title: named('Partnership proposal', a.cooperativeName),
          body: [
            [
              `Your organisation has been proposed as ${a.role(a.payload.role)} for ${a.theCooperativeAt}, with a match score of ${a.number(a.payload.score)}.`,
              "The cooperative's profile and the reasons for the match are available under partnerships.",
              `Please accept or decline the proposal by ${a.date(a.payload.expiresAt)}, after which it expires.`,
            ],
          ],
        }),
      },

      'partner.none-found': {
        cooperative: (a) => {
          const sought = a.roles(a.payload.seekingRoles ?? []);
          return {
            title: 'Waiting for a suitable partner',
            body: [
              [
                `No partner currently fits the business plan of ${a.ownCooperative}${sought !== undefined ? ` for the roles sought (${sought})` : ''}.`,
                'Your cooperative stays on the waiting list.',
                'We will let you know as soon as a suitable partner joins or frees capacity.',
              ],
            ],
          };
        },
        admin: (a) => {
          const sought = a.roles(a.payload.seekingRoles ?? []);
          return {
            title: named('Cooperative without a partner', a.cooperativeName),
            body: [
              [
                `No suitable partner was found for ${a.theCooperativeAt}${sought !== undefined ? ` in the roles sought (${sought})` : ''}.`,
                'The cooperative is waiting for a new partner, or for a partner to free capacity.',
                'Please consider approaching prospective partners serving its region.',
              ],
            ],
          };
        },
      },

      'match.accepted': {
        cooperative: (a) => {
          const comment = text(a.payload.comment);
          return {
            title: `${capitalise(a.partnerName ?? 'the partner')} accepted the partnership`,
            body: [
              [
                `Good news: ${a.partner} accepted the partnership proposal with ${a.ownCooperative} on ${a.when}.`,
                comment !== undefined && `The partner wrote: ${quoted(comment)}.`,
                'Please get in touch with the partner to take the cooperation forward.',
              ],
            ],
          };
        },
        partner: (a) => ({
          title: named('Partnership acceptance confirmed', a.cooperativeName),
          body: [
            [
              `Thank you: your organisation accepted the partnership proposal with ${a.theCooperativeAt} on ${a.when}.`,
              'The partnership is now recorded as active.',
              "Please contact the cooperative's officers to take the cooperation forward.",
            ],
          ],
        }),
        admin: (a) => ({
          title: named('Partnership formed', a.cooperativeName),
          body: [
            [
              `${capitalise(a.partner)} accepted the partnership proposal with ${a.theCooperativeAt} on ${a.when}.`,
              'The partnership is now recorded as active.',
            ],
          ],
        }),
      },

      'match.declined': {
        cooperative: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Partnership proposal declined', a.partnerName),
            body: [
              [
                `${capitalise(a.partner)} decided not to take up the partnership proposal with ${a.ownCooperative}.`,
                reason !== undefined && `Reason given: ${quoted(reason)}.`,
                'We will keep looking for other suitable partners and let you know.',
              ],
            ],
          };
        },
        partner: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Proposal decline confirmed', a.cooperativeName),
            body: [
              [
                `Your organisation declined the partnership proposal with ${a.theCooperativeAt} on ${a.when}.`,
                reason !== undefined && `Reason recorded: ${quoted(reason)}.`,
                'This cooperative will not be proposed to your organisation again.',
              ],
            ],
          };
        },
        admin: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Partnership proposal declined', a.cooperativeName),
            body: [
              [
                `${capitalise(a.partner)} declined the partnership proposal with ${a.theCooperativeAt} on ${a.when}.`,
                reason !== undefined && `Reason: ${quoted(reason)}.`,
                'The system will look for other partners for the cooperative.',
              ],
            ],
          };
        },
      },

      'match.expired': {
        cooperative: (a) => ({
          title: named('Partnership proposal expired', a.partnerName),
          body: [
            [
              `The partnership proposal between ${a.ownCooperative} and ${a.partner} expired without an answer.`,
              'We will look for other suitable partners and let you know.',
            ],
          ],
        }),
        partner: (a) => ({
          title: named('Partnership proposal expired', a.cooperativeName),
          body: [
            [
              `The partnership proposal with ${a.theCooperativeAt} expired on ${a.when} without an answer.`,
              'It can no longer be accepted.',
              'If your organisation is still interested, please contact the cooperative office (Dinas Koperasi).',
            ],
          ],
        }),
        admin: (a) => ({
          title: named('Partnership proposal expired', a.cooperativeName),
          body: [
            [
              `The partnership proposal between ${a.theCooperativeAt} and ${a.partner} expired without the partner's answer on ${a.when}.`,
              'The system will look for other partners for the cooperative.',
            ],
          ],
        }),
      },

      'cooperative.withdrawn': {
        cooperative: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: 'Withdrawal recorded',
            body: [
              [
                `We recorded the withdrawal of ${a.ownCooperative} from the financing and partnership process on ${a.when}.`,
                reason !== undefined && `Reason: ${quoted(reason)}.`,
                'Any review or partnership proposal still open has been stopped.',
                "Thank you for your cooperative's participation.",
              ],
            ],
          };
        },
        reviewer: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Review stopped, cooperative withdrew', a.cooperativeName),
            body: [
              [
                `${capitalise(a.theCooperativeAt)} withdrew from the financing process on ${a.when}.`,
                reason !== undefined && `Reason: ${quoted(reason)}.`,
                'The review waiting for your decision has been stopped and needs no further action.',
              ],
            ],
          };
        },
        partner: (a) => ({
          title: named('Partnership proposal withdrawn', a.cooperativeName),
          body: [
            [
              `${capitalise(a.theCooperativeAt)} withdrew from the partnership process on ${a.when}.`,
              'Its open partnership proposal with your organisation is cancelled and needs no answer.',
              'Thank you for your attention.',
            ],
          ],
        }),
        admin: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Cooperative withdrew', a.cooperativeName),
            body: [
              [
                `${capitalise(a.theCooperativeAt)} withdrew from the financing and partnership process on ${a.when}.`,
                reason !== undefined && `Reason: ${quoted(reason)}.`,
                'Its open review and partnership proposals have been stopped.',
              ],
            ],
          };
        },
      },

      'review.reminder': {
        reviewer: (a) => ({
          title: named(`${a.stage(a.payload.stage)} deadline reminder`, a.cooperativeName),
          body: [
            [
              `The business plan of ${a.theCooperativeAt} is still waiting for your decision at the ${a.stage(a.payload.stage)} stage.`,
              `The deadline for this stage is ${a.date(a.payload.deadlineAt)}.`,
              'If the deadline passes, the review will be escalated to the cooperative office admins.',
            ],
          ],
        }),
      },

      'review.escalated': {
        admin: (a) => ({
          title: `Escalation: ${a.stage(a.payload.stage)} deadline passed`,
          body: [
            [
              `The review of the business plan of ${a.theCooperativeAt} at the ${a.stage(a.payload.stage)} stage was not decided by its deadline, ${a.date(a.payload.deadlineAt)}.`,
              'Please follow up with the assigned reviewers or assign another reviewer.',
            ],
          ],
        }),
      },

      'partner.registered': {
        partner: (a) => {
          const name = a.partnerName ?? text(a.payload.name) ?? 'your organisation';
          const asRoles = a.roles(a.payload.roles ?? []);
          return {
            title: `Welcome, ${name}`,
            body: [
              [
                `${capitalise(name)} was registered as a Koperasi Desa/Kelurahan Merah Putih partner${asRoles !== undefined ? ` in the role of ${asRoles}` : ''} on ${a.when}.`,
                `Regions served: ${a.regions(a.payload.regionCodes)}.`,
                'We will propose partnerships with suitable cooperatives and send you each proposal.',
              ],
            ],
          };
        },
      },

      'partner.updated': {
        partner: (a) => {
          const name = a.partnerName ?? 'your organisation';
          const changes = a.payload.changes ?? [];
          const fields = changes.length === 0 ? 'profile' : changes.map((change) => labelOf(en.partnerProfileFields, change)).join(', ');
          return {
            title: `Partner profile of ${name} updated`,
            body: [
              [
                `The ${fields} of ${name} ${changes.length > 1 ? 'were' : 'was'} updated on ${a.when}.`,
                a.payload.capacityFreed
                  ? 'With more capacity, we will look for cooperatives still waiting for a partner.'
                  : 'If you did not make this change, contact the cooperative office at once.',
              ],
            ],
          };
        },
      },
    },
  },
  accountEmails: {
    invitation: (a) => {
      const as =
        a.role === 'COOPERATIVE'
          ? `an officer of ${a.cooperativeName ?? 'a cooperative'}`
          : a.role === 'PARTNER'
            ? `a user of the partner ${a.partnerName ?? ''}`.trim()
            : a.role === 'REVIEWER'
              ? `a financing reviewer (${a.stages})`
              : 'a cooperative-office admin';
      return {
        subject: 'Your invitation to the Koperasi Desa/Kelurahan Merah Putih system',
        text: [
          `You are invited as ${as} in the Koperasi Desa/Kelurahan Merah Putih financing and partnership system.`,
          '',
          `Set your password with this link (it works once, until ${a.expires}):`,
          a.link,
          '',
          `Through the API: POST /v1/invitations/accept with {"token": "${a.token}", "password": "..."}.`,
          'If you did not expect this invitation, ignore this email.',
        ].join('\n'),
      };
    },
    passwordReset: (a) => ({
      subject: 'Reset your password',
      text: [
        'We received a request to reset the password of your account.',
        '',
        `Choose a new password with this link (it works once, until ${a.expires}):`,
        a.link,
        '',
        `Through the API: POST /v1/auth/password-reset/confirm with {"token": "${a.token}", "password": "..."}.`,
        'Once the password is changed, every earlier session is logged out. If you did not ask for this, ignore this email: your password is unchanged.',
      ].join('\n'),
    }),
  },
};
