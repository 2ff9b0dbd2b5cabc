import { MINIMUM_PASSWORD_LENGTH } from '@kdmp/auth';
import { isProvinceCode, isRegencyCode } from '@kdmp/domain';
import { ApplicationError, FieldProblem } from './application-error';

/** What an account may do beyond its role: a reviewer's stages, the regions it covers. */
export interface AccountGrant {
  role: string;
  stages?: string[];
  regionCodes?: string[];
}

/** The same rules for an account created outright (POST /v1/users) and one invited. */
export function grantProblems(grant: AccountGrant, knownStages: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (grant.role === 'REVIEWER' && !grant.stages?.length) {
    problems.push({ field: 'stages', message: 'a reviewer needs at least one stage' });
  }
  if (grant.role !== 'REVIEWER' && grant.stages?.length) {
    problems.push({ field: 'stages', message: 'only reviewers have stages' });
  }
  for (const stage of grant.stages ?? []) {
    if (!knownStages.includes(stage)) problems.push({ field: 'stages', message: `unknown stage ${stage}` });
  }
  if ((grant.role === 'COOPERATIVE' || grant.role === 'PARTNER') && grant.regionCodes?.length) {
    problems.push({ field: 'regionCodes', message: 'only reviewers and admins cover regions' });
  }
  for (const code of grant.regionCodes ?? []) {
    if (!isRegencyCode(code) && !isProvinceCode(code)) {
      problems.push({ field: 'regionCodes', message: `${code} is neither a regency (64.02) nor a province (64) code` });
    }
  }
  return problems;
}

/** The HTTP body is checked before a use-case runs, the CLI's arguments are not. */
export function passwordProblems(password: string, field = 'password'): FieldProblem[] {
  return password.length < MINIMUM_PASSWORD_LENGTH ? [{ field, message: `must be at least ${MINIMUM_PASSWORD_LENGTH} characters` }] : [];
}

/** An address that already has an account (one account per address, any case). */
export function emailTaken(field: string): ApplicationError {
  return new ApplicationError('CONFLICT', 'An account with this email already exists.', [{ field, message: 'already registered' }]);
}
