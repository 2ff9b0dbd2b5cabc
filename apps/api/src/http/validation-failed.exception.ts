import { BadRequestException, ValidationError } from '@nestjs/common';

/** The body or query did not pass validation; carries one entry per field at fault. */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly fieldErrors: { field: string; message: string }[]) {
    super('The request is not valid.');
  }

  static fromValidationErrors(errors: ValidationError[]): ValidationFailedException {
    return new ValidationFailedException(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], prefix: string): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: unknownFieldMessage(message) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function unknownFieldMessage(message: string): string {
  return message.replace(/^property (\S+) should not exist$/, 'unknown field "$1"');
}
