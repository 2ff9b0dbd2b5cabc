import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { CLEARABLE_PROFILE_FIELDS } from '@kdmp/domain';
import { IsInt, Min } from 'class-validator';
import { RegisterCooperativeDto } from './register-cooperative.dto';

/**
 * PATCH /v1/cooperatives/:id: any field of the registration (validated by the same rules),
 * except the officer. `null` clears a contact or an identifier; the address fields follow the
 * region code as at registration.
 */
export class UpdateCooperativeProfileDto extends PartialType(OmitType(RegisterCooperativeDto, ['officer'] as const)) {
  @ApiProperty({ minimum: 1, description: 'The version last read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

// The contacts and identifiers are the fields a PATCH may clear: the OpenAPI document marks them
// nullable, which is what the one rule for `null` in a body reads (apps/api/src/http/null-fields.ts).
for (const field of CLEARABLE_PROFILE_FIELDS) {
  ApiPropertyOptional({ nullable: true, description: 'null clears it' })(UpdateCooperativeProfileDto.prototype, field);
}
