import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationFailedException } from '../../http/validation-failed.exception';
import { ImportRegistrationDto } from './import-registration.dto';

/** One import row checked as strictly as a single registration's body is (the global pipe's rules). */
export async function validateRegistration(
  row: unknown,
): Promise<{ registration: ImportRegistrationDto } | { invalid: ValidationFailedException }> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { invalid: new ValidationFailedException([{ field: '', message: 'each row must be an object' }]) };
  }
  const registration = plainToInstance(ImportRegistrationDto, row, { enableImplicitConversion: false });
  const errors = await validate(registration, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) return { invalid: ValidationFailedException.fromValidationErrors(errors) };
  if (registration.officer && registration.officerEmail) {
    return { invalid: new ValidationFailedException([{ field: 'officerEmail', message: 'give the officer an account (officer) or an invitation (officerEmail), not both' }]) };
  }
  return { registration };
}
