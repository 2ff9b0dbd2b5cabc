import { Injectable } from '@nestjs/common';
import { changedProfileFields, CLEARABLE_PROFILE_FIELDS, CooperativeState, decideProfileUpdate, ProfileField } from '@kdmp/domain';
import { CooperativeEntity, CooperativeProfileChanges, uniqueViolation } from '@kdmp/persistence';
import { RegionDirectory } from '@kdmp/regions';
import { ApplicationError } from '../common/application-error';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { CooperativeView, toCooperativeView } from '../common/cooperative.view';
import { resolveVillage } from '../common/village-address';
import { UpdateCooperativeProfileCommand } from './update-cooperative-profile.command';

/** The address fields: with a region code they must agree with it, without one with the current code. */
const ADDRESS_FIELDS = ['kind', 'village', 'district', 'regency', 'province'] as const;

/**
 * The officer (its own cooperative) or an admin completes or corrects the profile: the
 * identifiers screening asks for, the bank account, contacts, members, sectors, the region.
 * A self-transition (`update-profile`) of the transition table: the version goes up and
 * `cooperative.profile-updated` (the names of the changed fields) goes to the timeline and
 * the outbox. A patch that changes nothing records nothing.
 */
@Injectable()
export class UpdateCooperativeProfileUseCase {
  constructor(
    private readonly transitioner: CooperativeTransitioner,
    private readonly regions: RegionDirectory,
  ) {}

  async execute(command: UpdateCooperativeProfileCommand): Promise<CooperativeView> {
    const cooperative = await this.transitioner.load(command.cooperativeId, {
      viewer: command.viewer,
      expectedVersion: command.expectedVersion,
    });
    const requested = this.requestedValues(command, cooperative);
    const fields = changedProfileFields(cooperative, requested);
    if (fields.length === 0) return toCooperativeView(cooperative);
    const changes = columnsFor(fields, requested);

    try {
      const decision = decideProfileUpdate(cooperative.state as CooperativeState, {
        cooperativeId: cooperative.id,
        version: cooperative.version,
        fields,
        columns: changes,
      });
      const result = await this.transitioner.commit({
        cooperative,
        decision,
        expectedVersion: command.expectedVersion,
        actor: command.actor,
        correlationId: command.correlationId,
      });
      if (result.kind !== 'committed') throw new Error('a command without an inbox record cannot be a duplicate');
      return toCooperativeView(Object.assign(new CooperativeEntity(), result.cooperative, changes));
    } catch (error) {
      if (uniqueViolation(error)?.constraint === 'cooperatives_region_code_key') {
        throw new ApplicationError('CONFLICT', `A cooperative is already registered for region ${command.patch.regionCode}.`, [
          { field: 'regionCode', message: 'already registered' },
        ]);
      }
      throw error;
    }
  }

  /** The patch checked and completed: nulls only where allowed, the address from the national list. */
  private requestedValues(command: UpdateCooperativeProfileCommand, current: CooperativeEntity): Record<string, unknown> {
    const { patch } = command;
    const notClearable = (Object.keys(patch) as ProfileField[]).filter(
      (field) => patch[field] === null && !CLEARABLE_PROFILE_FIELDS.includes(field),
    );
    if (notClearable.length > 0) {
      throw new ApplicationError(
        'INVALID_INPUT',
        'Only contacts and identifiers can be cleared.',
        notClearable.map((field) => ({ field, message: `${field} cannot be null` })),
      );
    }
    const requested: Record<string, unknown> = { ...patch };
    if (patch.sectors) requested.sectors = [...new Set(patch.sectors)];
    const addressGiven = patch.regionCode !== undefined || ADDRESS_FIELDS.some((field) => patch[field] !== undefined);
    if (addressGiven) {
      const village = resolveVillage(this.regions, patch.regionCode ?? current.regionCode, patch);
      Object.assign(requested, {
        regionCode: village.regionCode,
        kind: village.kind,
        village: village.village,
        district: village.district,
        regency: village.regency,
        province: village.province,
      });
    }
    return requested;
  }
}

/** The columns to write: the changed fields, and with a new region code its derived codes. */
function columnsFor(fields: ProfileField[], requested: Record<string, unknown>): CooperativeProfileChanges {
  const changes: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field, requested[field]]));
  if (fields.includes('regionCode')) {
    const [province, regency, district] = String(requested.regionCode).split('.');
    Object.assign(changes, {
      provinceCode: province,
      regencyCode: `${province}.${regency}`,
      districtCode: `${province}.${regency}.${district}`,
    });
  }
  return changes as CooperativeProfileChanges;
}
