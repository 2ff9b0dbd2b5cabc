import { COOPERATIVE_STATES, MATCH_STATUSES, PARTNER_ROLES, PARTNER_TYPES, SECTORS, VILLAGE_KINDS } from '@kdmp/domain';
import { REGION_KINDS, REGION_LEVELS } from '@kdmp/regions';
import {
  anyObject,
  arrayOf,
  bool,
  dateTime,
  int,
  mapOf,
  nullable,
  num,
  obj,
  oneOfEnum,
  pageOf,
  ref,
  Schema,
  str,
  uuid,
} from './schema-builders';

const ROLES = ['ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER'];
const bankAccount = obj({ bankName: str(), accountNumber: str(), accountHolder: str() });

/** RFC 9457, as ProblemDetailsFilter writes it (application/problem+json). */
const Problem = obj(
  {
    type: str({ example: 'urn:kdmp:problem:validation' }),
    title: str(),
    status: int({ minimum: 400, maximum: 599 }),
    detail: str(),
    instance: str(),
    correlationId: str(),
    errors: arrayOf(obj({ field: str(), message: str() })),
  },
  ['detail', 'instance', 'correlationId', 'errors'],
  'An RFC 9457 problem; some carry extensions (currentVersion, currentState, allowedCommands, openStage, retryAfterSeconds).',
);

const Cooperative = obj({
  id: uuid(),
  name: str(),
  kind: oneOfEnum(VILLAGE_KINDS),
  village: str(),
  district: str(),
  regency: str(),
  province: str(),
  regionCode: str({ example: '64.02.01.2001' }),
  districtCode: str(),
  regencyCode: str(),
  provinceCode: str(),
  memberCount: int(),
  sectors: arrayOf(oneOfEnum(SECTORS)),
  contactEmail: nullable(str({ description: 'null for a partner until a partnership is accepted' })),
  contactPhone: nullable(str()),
  legalEntityNumber: nullable(str({ description: 'null for a partner, always' })),
  cooperativeNumber: nullable(str()),
  taxNumber: nullable(str()),
  businessNumber: nullable(str()),
  bankAccount: nullable(bankAccount),
  currentBusinessPlanId: nullable(uuid()),
  state: oneOfEnum(COOPERATIVE_STATES),
  version: int({ minimum: 1 }),
  stateChangedAt: dateTime(),
  createdAt: dateTime(),
  updatedAt: dateTime(),
});

const TimelineEntry = obj({
  sequence: int({ minimum: 1 }),
  type: str({ example: 'cooperative.registered' }),
  occurredAt: dateTime(),
  actor: obj({ type: oneOfEnum(['USER', 'SYSTEM']), userId: uuid(), name: str() }, ['userId', 'name']),
  fromState: nullable(str()),
  toState: nullable(str()),
  payload: anyObject('The event payload (libs/contracts DomainEventPayloads)'),
  correlationId: str(),
});

const instalment = obj(
  { number: int(), dueMonth: int(), dueDate: str({ format: 'date' }), principal: int(), interest: int(), total: int(), remainingPrincipal: int() },
  ['dueDate'],
);

const businessPlanProperties: Record<string, Schema> = {
  id: uuid(),
  cooperativeId: uuid(),
  revision: int({ minimum: 1 }),
  title: str(),
  summary: str(),
  sector: oneOfEnum(SECTORS),
  commodities: arrayOf(str()),
  capexAmount: int(),
  opexAmount: int(),
  requestedAmount: int(),
  tenorMonths: int(),
  gracePeriodMonths: int(),
  projectedAnnualRevenue: int(),
  seekingRoles: arrayOf(oneOfEnum(PARTNER_ROLES)),
  monthlyCapacity: obj({ quantity: num(), unit: str() }),
  exportReady: bool(),
  policyVersion: str(),
  status: str(),
  screeningFailures: nullable(arrayOf(anyObject())),
  repaymentSchedule: obj({ instalments: arrayOf(instalment), totalInterest: int(), totalRepayment: int(), monthlyInstalment: int() }),
  createdAt: dateTime(),
};
const BusinessPlan = obj(businessPlanProperties);
const SubmittedBusinessPlan = obj({ ...businessPlanProperties, cooperativeState: oneOfEnum(COOPERATIVE_STATES), cooperativeVersion: int() });

const reviewProperties: Record<string, Schema> = {
  id: uuid(),
  cooperativeId: uuid(),
  businessPlanId: uuid(),
  policyVersion: str(),
  status: oneOfEnum(['OPEN', 'APPROVED', 'REJECTED', 'REVISION_REQUESTED', 'WITHDRAWN']),
  openStage: nullable(str()),
  stageOpenedAt: nullable(dateTime()),
  stageDeadlineAt: nullable(dateTime()),
  requestedAmount: int(),
  approvedAmount: nullable(int()),
  regencyCode: str(),
  stages: arrayOf(
    obj({
      stage: str(),
      status: oneOfEnum(['PENDING', 'OPEN', 'DECIDED', 'NOT_REACHED']),
      decision: nullable(str()),
      reviewerId: nullable(uuid()),
      comment: nullable(str()),
      approvedAmount: nullable(int()),
      decidedAt: nullable(dateTime()),
    }),
  ),
  openedAt: dateTime(),
  closedAt: nullable(dateTime()),
};
const Review = obj(reviewProperties);
const ReviewWorkItem = obj({ ...reviewProperties, cooperative: obj({ name: str(), village: str(), district: str() }) });

const partnerProperties: Record<string, Schema> = {
  id: uuid(),
  name: str(),
  type: oneOfEnum(PARTNER_TYPES),
  roles: arrayOf(oneOfEnum(PARTNER_ROLES)),
  sectors: arrayOf(oneOfEnum(SECTORS)),
  commodities: arrayOf(str()),
  regionCodes: arrayOf(str()),
  capacity: int(),
  activePartnerships: int(),
  contactEmail: str({ format: 'email' }),
  webhookUrl: nullable(str({ format: 'uri' })),
  version: int(),
  createdAt: dateTime(),
  updatedAt: dateTime(),
};
const Partner = obj(partnerProperties);
const RegisteredPartner = obj({ ...partnerProperties, webhookSecret: str({ description: 'Shown once' }), userId: uuid() });
const PartnerPublicProfile = obj(
  {
    id: uuid(),
    name: str(),
    type: oneOfEnum(PARTNER_TYPES),
    roles: arrayOf(oneOfEnum(PARTNER_ROLES)),
    sectors: arrayOf(oneOfEnum(SECTORS)),
    regionCodes: arrayOf(str()),
    contactEmail: nullable(str({ format: 'email', description: 'Once a partnership with the cooperative was accepted' })),
  },
  [],
  "What a matched cooperative's officers see of a partner",
);

const Match = obj(
  {
    id: uuid(),
    cooperativeId: uuid(),
    partnerId: uuid(),
    businessPlanId: uuid(),
    role: oneOfEnum(PARTNER_ROLES),
    score: num(),
    components: mapOf(num()),
    reasons: arrayOf(obj({ code: str(), id: str(), en: str() })),
    status: oneOfEnum(MATCH_STATUSES),
    expiresAt: dateTime(),
    decidedAt: nullable(dateTime()),
    declineReason: nullable(str()),
    comment: nullable(str()),
    createdAt: dateTime(),
    partner: ref('PartnerPublicProfile'),
  },
  ['partner'],
);

const userProperties: Record<string, Schema> = {
  id: uuid(),
  email: str({ format: 'email' }),
  role: oneOfEnum(ROLES),
  cooperativeId: nullable(uuid()),
  partnerId: nullable(uuid()),
  stages: arrayOf(str()),
  regionCodes: arrayOf(str()),
  locale: oneOfEnum(['id', 'en']),
};
const User = obj({ ...userProperties, disabled: { type: 'boolean', description: 'Cannot log in; its tokens are refused' }, createdAt: dateTime() });
const Invitation = obj({ ...userProperties, expiresAt: dateTime(), createdAt: dateTime() });
const Me = obj(userProperties);

const AccessToken = obj({ accessToken: str(), tokenType: oneOfEnum(['Bearer']), expiresIn: int({ description: 'seconds' }) });

const ImportReport = obj({
  total: int(),
  registered: int(),
  rejected: int(),
  rows: arrayOf(
    obj(
      { row: int({ minimum: 1 }), status: oneOfEnum(['REGISTERED', 'REJECTED']), id: uuid(), regionCode: str(), problem: ref('Problem') },
      ['id', 'regionCode', 'problem'],
      'REGISTERED rows carry id and regionCode; REJECTED rows the problem',
    ),
  ),
});

const Notification = obj({
  id: uuid(),
  eventId: uuid(),
  eventType: str(),
  title: str(),
  body: str(),
  data: anyObject(),
  locale: str(),
  read: bool(),
  readAt: nullable(dateTime()),
  createdAt: dateTime(),
});

const Delivery = obj({
  id: uuid(),
  eventId: uuid(),
  eventType: str(),
  channel: oneOfEnum(['IN_APP', 'EMAIL', 'WEBHOOK']),
  recipientType: str(),
  recipientId: uuid(),
  address: nullable(str()),
  status: oneOfEnum(['PENDING', 'SENT', 'FAILED', 'DEAD']),
  attempts: int(),
  redrives: int(),
  lastError: nullable(str()),
  createdAt: dateTime(),
  sentAt: nullable(dateTime()),
  attemptLog: arrayOf(
    obj({ attempt: int(), at: dateTime(), outcome: str(), statusCode: nullable(int()), error: nullable(str()), durationMs: num() }),
  ),
});

const FunnelStats = obj({
  regencyCode: nullable(str()),
  total: int(),
  byState: mapOf(int()),
  byDistrict: arrayOf(obj({ districtCode: str(), district: str(), total: int(), byState: mapOf(int()) })),
});

const Region = obj({ code: str(), name: str(), level: oneOfEnum(REGION_LEVELS), kind: nullable(oneOfEnum(REGION_KINDS)) });
const RegionList = obj({ parent: nullable(ref('Region')), items: arrayOf(ref('Region')) });

/** Every response body, by component name. */
export const RESPONSE_SCHEMAS: Record<string, Schema> = {
  Problem,
  Cooperative,
  CooperativePage: pageOf('Cooperative'),
  TimelineEntry,
  BusinessPlan,
  SubmittedBusinessPlan,
  Review,
  ReviewWorkItem,
  ReviewWorkItemPage: pageOf('ReviewWorkItem'),
  Partner,
  PartnerPage: pageOf('Partner'),
  RegisteredPartner,
  PartnerPublicProfile,
  Match,
  MatchPage: pageOf('Match'),
  User,
  UserPage: pageOf('User'),
  Invitation,
  PasswordResetAccepted: obj({ detail: str() }),
  Me,
  AccessToken,
  ImportReport,
  Notification,
  NotificationPage: pageOf('Notification'),
  Delivery,
  DeliveryPage: pageOf('Delivery'),
  RedriveAccepted: obj({ id: uuid(), status: oneOfEnum(['PENDING']) }),
  WebhookSecret: obj({ webhookSecret: str() }),
  FunnelStats,
  Region,
  RegionList,
};
