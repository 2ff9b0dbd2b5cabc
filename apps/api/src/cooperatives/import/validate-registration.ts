import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationFailedException } from '../../http/validation-failed.exception';
import { RegisterCooperativeDto } from '../register-cooperative.dto';

/** One import row checked as strictly as a single registration's body is (the global pipe's rules). */
export async function validateRegistration(
  row: unknown,
): Promise<{ registration: RegisterCooperativeDto } | { invalid: ValidationFailedException }> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { invalid: new ValidationFailedException([{ field: '', message: 'each row must be an object' }]) };
  }
  const registration = plainToInstance(RegisterCooperativeDto, row, { enableImplicitConversion: false });
  const errors = await validate(registration, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  return errors.length > 0 ? { invalid: ValidationFailedException.fromValidationErrors(errors) } : { registration };
}
