import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationFailedException } from '../../http/validation-failed.exception';
import { STRICT_VALIDATOR_OPTIONS } from '../../http/validation.pipe';
import { missingFieldProblems, nullFieldProblems } from '../../http/null-fields';
import { unstorableTextProblems } from '../../http/storable-text';
import { ImportRegistrationDto } from './import-registration.dto';

/**
 * One import row checked as strictly as a single registration's body is: the rules of the
 * storable-text middleware and of the global pipe (nulls, then the DTO, then documented
 * required fields), row by row, so a bad row is rejected in the report while the others register.
 */
export async function validateRegistration(
  row: unknown,
): Promise<{ registration: ImportRegistrationDto } | { invalid: ValidationFailedException }> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { invalid: new ValidationFailedException([{ field: '', message: 'each row must be an object' }]) };
  }
  const early = [...unstorableTextProblems(row), ...nullFieldProblems(ImportRegistrationDto, row)];
  if (early.length > 0) return { invalid: new ValidationFailedException(early) };
  const registration = plainToInstance(ImportRegistrationDto, row, { enableImplicitConversion: false });
  const errors = await validate(registration, STRICT_VALIDATOR_OPTIONS);
  if (errors.length > 0) return { invalid: ValidationFailedException.fromValidationErrors(errors) };
  const missing = missingFieldProblems(ImportRegistrationDto, row);
  if (missing.length > 0) return { invalid: new ValidationFailedException(missing) };
  if (registration.officer && registration.officerEmail) {
    return { invalid: new ValidationFailedException([{ field: 'officerEmail', message: 'give the officer an account (officer) or an invitation (officerEmail), not both' }]) };
  }
  return { registration };
}
