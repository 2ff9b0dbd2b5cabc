import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { PasswordHasher } from '@kdmp/auth';
import { isProvinceCode, isRegencyCode } from '@kdmp/domain';
import { UserEntity, UserRepository } from '@kdmp/persistence';
import { ApplicationError, FieldProblem } from '../common/application-error';
import { CreateUserCommand, UserView } from './create-user.command';
import { StageClock } from '../common/stage-clock';

/** An admin creates reviewers and other admins. */
@Injectable()
export class CreateUserUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly clock: StageClock,
  ) {}

  async execute(command: CreateUserCommand): Promise<UserView> {
    const user = await this.build(command);
    const inserted = await this.users.insertIfAbsent(user);
    if (!inserted) {
      throw new ApplicationError('CONFLICT', 'An account with this email already exists.', [
        { field: 'email', message: 'already registered' },
      ]);
    }
    return toUserView(user);
  }

  /** For the first admin: creates the account once and never overwrites it. */
  async ensureAdmin(email: string, password: string): Promise<boolean> {
    return this.users.insertIfAbsent(await this.build({ email, password, role: 'ADMIN' }));
  }

  private async build(command: CreateUserCommand): Promise<UserEntity> {
    const problems = validate(command, this.clock.stages);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The user is not valid.', problems);
    return Object.assign(new UserEntity(), {
      id: uuidv7(),
      email: command.email.toLowerCase(),
      passwordHash: await this.passwords.hash(command.password),
      role: command.role,
      cooperativeId: null,
      partnerId: null,
      locale: command.locale ?? 'id',
      stages: command.role === 'REVIEWER' ? [...new Set(command.stages)] : [],
      regionCodes: [...new Set(command.regionCodes ?? [])],
      emailEnabled: true,
      createdAt: new Date(),
    } satisfies UserEntity);
  }
}

function validate(command: CreateUserCommand, stages: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (command.role === 'REVIEWER' && !command.stages?.length) {
    problems.push({ field: 'stages', message: 'a reviewer needs at least one stage' });
  }
  if (command.role === 'ADMIN' && command.stages?.length) {
    problems.push({ field: 'stages', message: 'only reviewers have stages' });
  }
  for (const stage of command.stages ?? []) {
    if (!stages.includes(stage)) problems.push({ field: 'stages', message: `unknown stage ${stage}` });
  }
  for (const code of command.regionCodes ?? []) {
    if (!isRegencyCode(code) && !isProvinceCode(code)) {
      problems.push({ field: 'regionCodes', message: `${code} is neither a regency (64.02) nor a province (64) code` });
    }
  }
  return problems;
}

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    cooperativeId: user.cooperativeId,
    partnerId: user.partnerId,
    stages: user.stages,
    regionCodes: user.regionCodes,
    locale: user.locale,
    createdAt: user.createdAt.toISOString(),
  };
}
