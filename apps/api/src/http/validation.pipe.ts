import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { ValidationFailedException } from './validation-failed.exception';
import { isDtoClass, missingFieldProblems, nullFieldProblems } from './null-fields';

/** The options both the global pipe and the import's row-by-row check validate with. */
export const STRICT_VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
} as const;

/**
 * Unknown fields are rejected, not ignored; types are checked, not coerced; null is refused
 * where the field is not documented as nullable (null-fields.ts), before class-validator's
 * @IsOptional could let it through; a field documented as required must be there.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      ...STRICT_VALIDATOR_OPTIONS,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if ((metadata.type === 'body' || metadata.type === 'query') && isDtoClass(metadata.metatype)) {
      const problems = nullFieldProblems(metadata.metatype, value);
      if (problems.length > 0) throw new ValidationFailedException(problems);
    }
    const transformed: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' && isDtoClass(metadata.metatype)) {
      const missing = missingFieldProblems(metadata.metatype, value);
      if (missing.length > 0) throw new ValidationFailedException(missing);
    }
    return transformed;
  }
}

export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe();
}
