import 'reflect-metadata';
import { UpdatePartnerDto } from '../partners/partner.dto';
import { RegisterCooperativeDto } from '../cooperatives/register-cooperative.dto';
import { SubmitBusinessPlanDto } from '../business-plans/submit-business-plan.dto';
import { missingFieldProblems, nullFieldProblems } from './null-fields';
import { RegisterPartnerDto } from '../partners/partner.dto';

describe('null in a body', () => {
  it('is refused for a PATCH field not documented as nullable', () => {
    expect(nullFieldProblems(UpdatePartnerDto, { capacity: null, contactEmail: null, expectedVersion: null }).map((p) => p.field)).toEqual([
      'capacity',
      'contactEmail',
      'expectedVersion',
    ]);
  });

  it('is accepted where the field is documented nullable (webhookUrl: clear it)', () => {
    expect(nullFieldProblems(UpdatePartnerDto, { webhookUrl: null })).toEqual([]);
  });

  it('is refused in nested DTOs, named by path', () => {
    expect(nullFieldProblems(RegisterCooperativeDto, { officer: { email: null }, bankAccount: { bankName: null } }).map((p) => p.field)).toEqual([
      'officer.email',
      'bankAccount.bankName',
    ]);
    expect(nullFieldProblems(SubmitBusinessPlanDto, { monthlyCapacity: { unit: null } }).map((p) => p.field)).toEqual(['monthlyCapacity.unit']);
  });

  it('leaves undeclared fields to the whitelist', () => {
    expect(nullFieldProblems(UpdatePartnerDto, { somethingElse: null })).toEqual([]);
  });
});

describe('documented-required fields', () => {
  it('a nested DTO under @ValidateNested alone must still be present', () => {
    expect(missingFieldProblems(RegisterPartnerDto, { name: 'PT X' }).map((p) => p.field)).toEqual(
      expect.arrayContaining(['user', 'roles', 'contactEmail']),
    );
    expect(missingFieldProblems(SubmitBusinessPlanDto, { title: 't' }).map((p) => p.field)).toContain('monthlyCapacity');
  });

  it('is checked inside nested DTOs, and not for optional fields', () => {
    expect(missingFieldProblems(SubmitBusinessPlanDto, { monthlyCapacity: { quantity: 1 } }).map((p) => p.field)).toContain('monthlyCapacity.unit');
    expect(missingFieldProblems(UpdatePartnerDto, {})).toEqual([]);
    expect(missingFieldProblems(RegisterCooperativeDto, {}).map((p) => p.field)).not.toContain('officer');
  });
});
